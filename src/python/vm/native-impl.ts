// The native API (native.ts) over src/objects.

import { NULL, type Ptr } from '../../heap/index.js';
import type { ObjectSpace } from '../../objects/index.js';
import * as O from '../../objects/index.js';
import type { Native } from './native.js';
import { SLICE_START, SLICE_STEP, SLICE_STOP } from './types.js';

const BINARY_INT = [
  O.long_add,
  O.long_and,
  O.long_floordiv,
  O.long_lshift,
  null,
  O.long_mul,
  O.long_mod,
  O.long_or,
  O.long_pow,
  O.long_rshift,
  O.long_sub,
  O.long_truediv,
  O.long_xor,
] as const;
const BINARY_FLOAT = [
  O.float_add,
  null,
  O.float_floordiv,
  null,
  null,
  O.float_mul,
  O.float_mod,
  null,
  O.float_pow,
  null,
  O.float_sub,
  O.float_truediv,
  null,
] as const;

/** The native API over `space`; `slice` objects come from the interpreter. */
export class NativeImpl implements Native {
  readonly space: ObjectSpace;
  /** Makes slice objects (the slice type lives in the VM). */
  sliceFactory: ((a: Ptr, b: Ptr, c: Ptr) => Ptr) | null = null;
  /** Reads a slice object's fields (borrowed). */
  slicePartsOf: ((s: Ptr) => [Ptr, Ptr, Ptr]) | null = null;
  /** Names interned through `intern`, each holding one reference (identifiers live as long as the interpreter). */
  private readonly interned = new Map<string, Ptr>();
  /** Tells slice objects apart. */
  isSliceObject: ((op: Ptr) => boolean) | null = null;

  constructor(space: ObjectSpace) {
    this.space = space;
  }

  int(n: number): Ptr {
    return O.long_fromNumber(this.space, n);
  }
  bigint(n: bigint): Ptr {
    return O.long_fromBigInt(this.space, n);
  }
  float(x: number): Ptr {
    return O.float_fromDouble(this.space, x);
  }
  complex(real: number, imag: number): Ptr {
    return O.complex_fromDoubles(this.space, real, imag);
  }
  str(s: string): Ptr {
    return O.str_fromJs(this.space, s);
  }
  intern(s: string): Ptr {
    let op = this.interned.get(s);
    if (op === undefined) {
      op = O.str_internFromJs(this.space, s);
      this.interned.set(s, op);
    }
    return op;
  }
  internInPlace(op: Ptr): Ptr {
    this.space.rt.incref(op);
    return O.str_intern(this.space, op);
  }
  bytes(b: Uint8Array): Ptr {
    return O.bytes_fromU8(this.space, b);
  }
  tuple(items: Ptr[]): Ptr {
    const t = O.tuple_fromArray(this.space, items);
    for (const x of items) this.space.rt.decref(x);
    return t;
  }
  list(items: Ptr[]): Ptr {
    const l = O.list_fromArray(this.space, items);
    for (const x of items) this.space.rt.decref(x);
    return l;
  }
  listFromTuple(tuple: Ptr): Ptr {
    const l = O.list_new(this.space, 0);
    O.list_extend(this.space, l, tuple);
    return l;
  }
  dict(): Ptr {
    return O.dict_new(this.space);
  }
  set(): Ptr {
    return O.set_new(this.space, NULL);
  }
  frozenset(iterable: Ptr): Ptr {
    return O.set_new(this.space, iterable, true);
  }
  slice(start: Ptr, stop: Ptr, step: Ptr): Ptr {
    if (this.sliceFactory === null) throw new Error('slice type not installed');
    return this.sliceFactory(start, stop, step);
  }

  isInt(op: Ptr): boolean {
    return O.long_check(this.space, op);
  }
  isExactInt(op: Ptr): boolean {
    return this.space.rt.typeObject(op) === this.space.ints.type;
  }
  isFloat(op: Ptr): boolean {
    return O.float_check(this.space, op);
  }
  isStr(op: Ptr): boolean {
    return O.str_check(this.space, op);
  }
  isBytes(op: Ptr): boolean {
    return O.bytes_check(this.space, op);
  }
  isTuple(op: Ptr): boolean {
    return O.tuple_check(this.space, op);
  }
  isList(op: Ptr): boolean {
    return O.list_check(this.space, op);
  }
  isDict(op: Ptr): boolean {
    return O.dict_check(this.space, op);
  }
  isSet(op: Ptr): boolean {
    return O.anyset_check(this.space, op);
  }
  isSlice(op: Ptr): boolean {
    return this.isSliceObject?.(op) ?? false;
  }

  intSafe(op: Ptr): number {
    return O.long_asSafe(this.space, op);
  }
  intBig(op: Ptr): bigint {
    return O.long_toBigInt(this.space, op);
  }
  floatValue(op: Ptr): number {
    return O.float_asDouble(this.space, op);
  }
  jsStr(op: Ptr): string {
    return O.str_toJs(this.space, op);
  }
  bytesValue(op: Ptr): Uint8Array {
    return O.bytes_toU8(this.space, op);
  }
  tupleItems(op: Ptr): Ptr[] {
    return O.tuple_items(this.space, op);
  }
  listItems(op: Ptr): Ptr[] {
    return O.list_items(this.space, op);
  }
  size(op: Ptr): number {
    const s = this.space;
    if (O.tuple_check(s, op)) return O.tuple_size(s, op);
    if (O.list_check(s, op)) return O.list_size(s, op);
    if (O.dict_check(s, op)) return O.dict_size(s, op);
    if (O.anyset_check(s, op)) return O.set_size(s, op);
    if (O.str_check(s, op)) return O.str_len(s, op);
    if (O.bytes_check(s, op)) return O.bytes_len(s, op);
    if (O.bytearray_check(s, op)) return O.bytearray_len(s, op);
    return -1;
  }
  sliceParts(op: Ptr): [Ptr, Ptr, Ptr] {
    if (this.slicePartsOf === null) throw new Error('slice type not installed');
    return this.slicePartsOf(op);
  }

  listAppend(list: Ptr, item: Ptr): void {
    O.list_append(this.space, list, item);
  }
  listLen(list: Ptr): number {
    return O.list_size(this.space, list);
  }
  listGet(list: Ptr, i: number): Ptr {
    return O.list_getItem(this.space, list, i);
  }
  listSet(list: Ptr, i: number, item: Ptr): void {
    O.list_setItem(this.space, list, i, item);
  }
  listInsert(list: Ptr, i: number, item: Ptr): void {
    O.list_insert(this.space, list, i, item);
  }
  listPop(list: Ptr, i: number): Ptr {
    return O.list_pop(this.space, list, i);
  }
  listExtend(list: Ptr, iterable: Ptr): void {
    O.list_extend(this.space, list, iterable);
  }
  listSort(
    list: Ptr,
    lessThan: (a: Ptr, b: Ptr) => boolean,
    reverse: boolean,
    key: ((item: Ptr) => Ptr) | null = null,
  ): void {
    O.list_sort(this.space, list, { lt: lessThan, reverse, key });
  }
  dictGet(dict: Ptr, key: Ptr): Ptr {
    return O.dict_getItem(this.space, dict, key);
  }
  dictSet(dict: Ptr, key: Ptr, value: Ptr): void {
    O.dict_setItem(this.space, dict, key, value);
  }
  dictDel(dict: Ptr, key: Ptr): boolean {
    if (!O.dict_contains(this.space, dict, key)) return false;
    O.dict_delItem(this.space, dict, key);
    return true;
  }
  dictItems(dict: Ptr): [Ptr, Ptr][] {
    return O.dict_items(this.space, dict);
  }
  dictNext(dict: Ptr, pos: number): [Ptr, Ptr, number] | null {
    const e = O.dict_next(this.space, dict, pos);
    return e === null ? null : [e.key, e.value, e.pos];
  }
  setAdd(set: Ptr, item: Ptr): void {
    O.set_add(this.space, set, item);
  }
  setContains(set: Ptr, item: Ptr): boolean {
    return O.set_contains(this.space, set, item);
  }
  setItems(set: Ptr): Ptr[] {
    return O.set_items(this.space, set);
  }
  setNext(set: Ptr, pos: number): [Ptr, number] | null {
    const e = O.set_next(this.space, set, pos);
    return e === null ? null : [e.key, e.pos];
  }
  strItem(s: Ptr, i: number): Ptr {
    return O.str_getitem(this.space, s, i);
  }

  hash(op: Ptr): number {
    return this.space.hash(op);
  }
  richCompare(a: Ptr, b: Ptr, op: number): Ptr {
    return O.richCompare(this.space, a, b, op);
  }

  binary(a: Ptr, b: Ptr, op: number): Ptr {
    const s = this.space;
    const inplace = op >= 13;
    const base = inplace ? op - 13 : op;
    if (O.long_check(s, a) && O.long_check(s, b)) {
      const f = BINARY_INT[base];
      if (f !== null) return f(s, a, b);
    }
    if ((O.float_check(s, a) || O.long_check(s, a)) && (O.float_check(s, b) || O.long_check(s, b))) {
      const f = BINARY_FLOAT[base];
      if (f !== null) return f(s, a, b);
    }
    if (O.complex_check(s, a) || O.complex_check(s, b)) {
      const r = O.complex_binary(s, a, b, base);
      if (r !== s.notImplemented) return r;
      s.rt.decref(r);
    }
    // Sequences.
    if (base === 0) {
      if (O.str_check(s, a) && O.str_check(s, b)) return O.str_concat(s, a, b);
      if (O.list_check(s, a) && O.list_check(s, b)) {
        if (inplace) {
          O.list_extend(s, a, b);
          return s.newRef(a);
        }
        return O.list_concat(s, a, b);
      }
      if (inplace && O.list_check(s, a) && (O.tuple_check(s, b) || O.list_check(s, b))) {
        O.list_extend(s, a, b);
        return s.newRef(a);
      }
      if (O.tuple_check(s, a) && O.tuple_check(s, b)) return O.tuple_concat(s, a, b);
      if (O.bytes_check(s, a) && O.bytes_check(s, b)) return O.bytes_concat(s, a, b);
      const bytesLike = (x: Ptr) => O.bytes_check(s, x) || O.bytearray_check(s, x);
      // bytes_concat takes any buffer on the right (a memoryview's bytes, in C order).
      const isView = (x: Ptr) => s.rt.typeObject(x) === s.memoryviews.type;
      if (bytesLike(a) && (bytesLike(b) || isView(b))) {
        const u8 = (x: Ptr) => {
          if (O.bytes_check(s, x)) return O.bytes_toU8(s, x);
          if (O.bytearray_check(s, x)) return O.bytearray_toU8(s, x);
          if (O.isReleased(s, x)) O.raise('ValueError', 'operation forbidden on released memoryview object');
          return O.memory_tobytes(s, x);
        };
        if (inplace && O.bytearray_check(s, a)) {
          O.bytearray_extend(s, a, u8(b));
          return s.newRef(a);
        }
        const both = new Uint8Array([...u8(a), ...u8(b)]);
        return O.bytes_check(s, a) ? O.bytes_fromU8(s, both) : O.bytearray_fromU8(s, both);
      }
    }
    if (base === 5) {
      const [seq, count] = O.long_check(s, b) ? [a, b] : O.long_check(s, a) ? [b, a] : [NULL, NULL];
      if (seq !== NULL) {
        const n = Math.max(0, repeatCount(this, count));
        if (O.str_check(s, seq)) return O.str_repeat(s, seq, n);
        if (O.list_check(s, seq)) {
          if (inplace && seq === a) {
            O.list_inplaceRepeat(s, a, n);
            return s.newRef(a);
          }
          return O.list_repeat(s, seq, n);
        }
        if (O.tuple_check(s, seq)) {
          const items = O.tuple_items(s, seq);
          if (n === 1 && s.rt.typeObject(seq) === s.tuples.type) return s.newRef(seq);
          if (items.length * n > 2 ** 31) O.raise('MemoryError', '');
          const out: Ptr[] = [];
          for (let k = 0; k < n; k++) out.push(...items);
          return O.tuple_fromArray(s, out);
        }
        if (O.bytes_check(s, seq)) return O.bytes_repeat(s, seq, n);
        if (O.bytearray_check(s, seq)) {
          const data = O.bytearray_toU8(s, seq);
          // bytearray_repeat: PyErr_NoMemory when the result cannot be had.
          if (data.length * n > s.rt.mem.capacity) O.raise('MemoryError', '');
          const out = new Uint8Array(data.length * n);
          for (let k = 0; k < n; k++) out.set(data, k * data.length);
          if (inplace && seq === a) {
            O.bytearray_assign(s, a, out);
            return s.newRef(a);
          }
          return O.bytearray_fromU8(s, out);
        }
      }
    }
    if (O.anyset_check(s, a) && O.anyset_check(s, b)) {
      const r = setBinary(s, a, b, base, inplace);
      if (r !== NULL) return r;
    }
    if (O.dict_check(s, a) && O.dict_check(s, b) && base === 7) {
      if (inplace) {
        O.dict_merge(s, a, b, true);
        return s.newRef(a);
      }
      const c = O.dict_copy(s, a);
      O.dict_merge(s, c, b, true);
      return c;
    }
    return s.newRef(s.notImplemented);
  }

  unary(a: Ptr, op: string): Ptr {
    const s = this.space;
    if (O.long_check(s, a)) {
      if (op === 'USub') return O.long_neg(s, a);
      if (op === 'UAdd') return O.long_pos(s, a);
      if (op === 'Invert') return O.long_invert(s, a);
    }
    if (O.float_check(s, a)) {
      if (op === 'USub') return O.float_neg(s, a);
      if (op === 'UAdd') return O.float_fromDouble(s, O.float_asDouble(s, a));
    }
    if (O.complex_check(s, a)) {
      if (op === 'USub') return O.complex_neg(s, a);
      if (op === 'UAdd') {
        // complex_pos: the value itself, or an exact complex copy of a subclass's.
        if (s.rt.typeObject(a) === s.complexes.type) return s.newRef(a);
        const { real, imag } = O.complex_value(s, a);
        return O.complex_fromDoubles(s, real, imag);
      }
    }
    return s.newRef(s.notImplemented);
  }

  repr(op: Ptr): string {
    return this.space.repr(op);
  }

  getItem(container: Ptr, key: Ptr): Ptr {
    const s = this.space;
    if (O.dict_check(s, container)) return O.dict_subscript(s, container, key);
    const isSlice = this.isSlice(key);
    if (O.list_check(s, container)) {
      return isSlice
        ? O.list_slice(s, container, this.sliceSpec(key))
        : O.list_item(s, container, this.index(key, 'list'));
    }
    if (O.tuple_check(s, container)) {
      return isSlice
        ? O.tuple_slice(s, container, this.sliceSpec(key))
        : O.tuple_item(s, container, this.index(key, 'tuple'));
    }
    if (O.str_check(s, container)) {
      if (isSlice) {
        const sp = this.sliceSpec(key);
        return O.str_slice(s, container, sp.start, sp.stop, sp.step);
      }
      return O.str_getitem(s, container, this.index(key, 'string'));
    }
    if (O.bytes_check(s, container)) {
      if (!isSlice) return O.bytes_getitem(s, container, this.index(key, 'byte'));
      const r = O.adjustSlice(this.sliceSpec(key), O.bytes_len(s, container));
      return O.bytes_slice(s, container, r.start, r.length, r.step);
    }
    if (O.bytearray_check(s, container)) {
      const len = O.bytearray_len(s, container);
      if (!isSlice) {
        let i = this.index(key, 'bytearray');
        if (i < 0) i += len;
        if (i < 0 || i >= len) O.raise('IndexError', 'bytearray index out of range');
        return O.long_fromNumber(s, O.bytearray_byte(s, container, i));
      }
      const r = O.adjustSlice(this.sliceSpec(key), len);
      return O.bytearray_slice(s, container, r.start, r.length, r.step);
    }
    return NULL;
  }

  setItem(container: Ptr, key: Ptr, value: Ptr): boolean {
    const s = this.space;
    if (O.dict_check(s, container)) {
      O.dict_setItem(s, container, key, value);
      return true;
    }
    if (O.list_check(s, container)) {
      if (this.isSlice(key)) O.list_assSubscript(s, container, this.sliceSpec(key), value);
      else O.list_setItem(s, container, this.index(key, 'list'), value);
      return true;
    }
    if (O.bytearray_check(s, container) && this.isSlice(key)) {
      this.bytearraySetSlice(container, key, value);
      return true;
    }
    if (O.bytearray_check(s, container) && !this.isSlice(key)) {
      const len = O.bytearray_len(s, container);
      let i = this.index(key, 'bytearray');
      if (i < 0) i += len;
      if (i < 0 || i >= len) O.raise('IndexError', 'bytearray index out of range');
      // _getbytevalue: an int, or an object with __index__.
      const iv = this.asIndexInt(value);
      if (iv === null)
        O.raise('TypeError', `'${s.typeName(value)}' object cannot be interpreted as an integer`);
      const v = O.long_asSafe(s, iv.int);
      if (iv.owned) s.rt.decref(iv.int);
      if (!(v >= 0 && v <= 255)) O.raise('ValueError', 'byte must be in range(0, 256)');
      O.bytearray_setByte(s, container, i, v);
      return true;
    }
    return false;
  }

  /** bytearray_setslice: `ba[i:j] = data` (any length) or `ba[i:j:k] = data` (same length). */
  private bytearraySetSlice(container: Ptr, key: Ptr, value: Ptr): void {
    const s = this.space;
    let data: Uint8Array;
    if (O.bytes_check(s, value)) data = this.bytesValue(value);
    else if (O.bytearray_check(s, value)) data = O.bytearray_toU8(s, value).slice();
    else if (O.list_check(s, value) || O.tuple_check(s, value)) {
      const items = O.list_check(s, value) ? this.listItems(value) : this.tupleItems(value);
      data = new Uint8Array(items.length);
      items.forEach((x, i) => {
        if (!O.long_check(s, x))
          O.raise('TypeError', `'${s.typeName(x)}' object cannot be interpreted as an integer`);
        const v = O.long_asSafe(s, x);
        if (!(v >= 0 && v <= 255)) O.raise('ValueError', 'byte must be in range(0, 256)');
        data[i] = v;
      });
    } else {
      O.raise('TypeError', 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
    }
    const old = O.bytearray_toU8(s, container);
    const r = O.adjustSlice(this.sliceSpec(key), old.length);
    if (r.step === 1) {
      const out = new Uint8Array(old.length - r.length + data.length);
      out.set(old.subarray(0, r.start), 0);
      out.set(data, r.start);
      out.set(old.subarray(r.start + r.length), r.start + data.length);
      O.bytearray_assign(s, container, out);
      return;
    }
    if (data.length !== r.length)
      O.raise(
        'ValueError',
        `attempt to assign bytes of size ${data.length} to extended slice of size ${r.length}`,
      );
    for (let k = 0, i = r.start; k < r.length; k++, i += r.step)
      O.bytearray_setByte(s, container, i, data[k]);
  }

  delItem(container: Ptr, key: Ptr): boolean {
    const s = this.space;
    if (O.dict_check(s, container)) {
      O.dict_delItem(s, container, key);
      return true;
    }
    if (O.list_check(s, container)) {
      if (this.isSlice(key)) O.list_assSubscript(s, container, this.sliceSpec(key), NULL);
      else O.list_delItem(s, container, this.index(key, 'list'));
      return true;
    }
    if (O.bytearray_check(s, container)) {
      const len = O.bytearray_len(s, container);
      if (this.isSlice(key)) {
        const r = O.adjustSlice(this.sliceSpec(key), len);
        if (r.step === 1) O.bytearray_delRange(s, container, r.start, r.start + r.length);
        else {
          const data = O.bytearray_toU8(s, container);
          const drop = new Set<number>();
          for (let k = 0, i = r.start; k < r.length; k++, i += r.step) drop.add(i);
          O.bytearray_assign(
            s,
            container,
            data.filter((_, i) => !drop.has(i)),
          );
        }
        return true;
      }
      let i = this.index(key, 'bytearray');
      if (i < 0) i += len;
      if (i < 0 || i >= len) O.raise('IndexError', 'bytearray index out of range');
      O.bytearray_delRange(s, container, i, i + 1);
      return true;
    }
    return false;
  }

  contains(container: Ptr, item: Ptr): boolean | null {
    const s = this.space;
    if (O.dict_check(s, container)) return O.dict_contains(s, container, item);
    if (O.anyset_check(s, container)) return O.set_contains(s, container, item);
    if (O.list_check(s, container)) return O.list_contains(s, container, item);
    if (O.tuple_check(s, container)) return O.tuple_contains(s, container, item);
    if (O.bytearray_check(s, container) || O.bytes_check(s, container)) {
      const data = O.bytearray_check(s, container)
        ? O.bytearray_toU8(s, container)
        : O.bytes_toU8(s, container);
      if (O.long_check(s, item)) {
        const v = O.long_asSafe(s, item);
        if (!(v >= 0 && v <= 255)) O.raise('ValueError', 'byte must be in range(0, 256)');
        return data.includes(v);
      }
      const sub = O.bytes_check(s, item)
        ? O.bytes_toU8(s, item)
        : O.bytearray_check(s, item)
          ? O.bytearray_toU8(s, item)
          : null;
      if (sub === null) O.raise('TypeError', `a bytes-like object is required, not '${s.typeName(item)}'`);
      return indexOfBytes(data, sub as Uint8Array) >= 0;
    }
    if (O.str_check(s, container)) {
      if (!O.str_check(s, item)) {
        O.raise('TypeError', `'in <string>' requires string as left operand, not ${s.typeName(item)}`);
      }
      return O.str_contains(s, container, item);
    }
    return null;
  }

  sizeof(op: Ptr): number {
    return this.space.getsizeof(op);
  }

  clearFreeLists(): void {
    O.clearFreeLists(this.space);
  }

  freeListLines(): string[] {
    return O.freeListLines(this.space);
  }

  /** PyNumber_Index for objects that are not ints: a class's __index__ (new reference), or NULL if it has none. */
  indexHook: ((op: Ptr) => Ptr) | null = null;

  // An int for an index: the int itself, or what __index__ gave (`owned` says it must be released).
  private asIndexInt(key: Ptr): { int: Ptr; owned: boolean } | null {
    if (O.long_check(this.space, key)) return { int: key, owned: false };
    const r = this.indexHook?.(key) ?? NULL;
    if (r === NULL) return null;
    if (!O.long_check(this.space, r)) {
      const tn = this.space.typeName(r);
      this.space.rt.decref(r);
      O.raise('TypeError', `__index__ returned non-int (type ${tn})`);
    }
    return { int: r, owned: true };
  }

  // An index for sequence access: an int (or an object with __index__), else TypeError.
  private index(key: Ptr, what: string): number {
    const s = this.space;
    const i = this.asIndexInt(key);
    if (i === null) {
      // (unicode_subscript words its message differently from the other sequences.)
      O.raise(
        'TypeError',
        what === 'string'
          ? `string indices must be integers, not '${s.typeName(key)}'`
          : `${what} indices must be integers or slices, not ${s.typeName(key)}`,
      );
    }
    const v = O.long_asSafe(s, i.int);
    if (i.owned) s.rt.decref(i.int);
    if (Number.isNaN(v)) O.raise('IndexError', `cannot fit '${s.typeName(key)}' into an index-sized integer`);
    return v;
  }

  sliceSpec(key: Ptr): O.SliceSpec {
    const u32 = this.space.rt.mem.u32;
    return {
      start: this.sliceIndex(u32[(key + SLICE_START) >>> 2] as Ptr),
      stop: this.sliceIndex(u32[(key + SLICE_STOP) >>> 2] as Ptr),
      step: this.sliceIndex(u32[(key + SLICE_STEP) >>> 2] as Ptr),
    };
  }

  /** _PyEval_SliceIndex: null for None, else the int (or __index__) value, clamped to ±2^63. */
  private sliceIndex(p: Ptr): number | null {
    const space = this.space;
    if (p === space.none) return null;
    if (space.rt.typeObject(p) === space.ints.type) {
      const v = O.long_asSafe(space, p);
      if (!Number.isNaN(v)) return v;
    }
    const i = this.asIndexInt(p);
    if (i === null) {
      O.raise('TypeError', 'slice indices must be integers or None or have an __index__ method');
    }
    let v = O.long_asSafe(space, i.int);
    if (Number.isNaN(v)) v = O.long_toBigInt(space, i.int) < 0n ? -(2 ** 63) : 2 ** 63;
    if (i.owned) space.rt.decref(i.int);
    return v;
  }
}

// PyNumber_AsSsize_t(count, PyExc_OverflowError): beyond Py_ssize_t is OverflowError; a
// count that fits but is past 2^53 can only end in MemoryError, which the repeat raises.
function repeatCount(n: NativeImpl, count: Ptr): number {
  const v = n.intSafe(count);
  if (Number.isNaN(v)) {
    const big = O.long_toBigInt(n.space, count);
    if (big >= 2n ** 63n || big < -(2n ** 63n)) {
      throw new O.PyErr('OverflowError', "cannot fit 'int' into an index-sized integer");
    }
    // Beyond 2**53: the nearest double (at most 2**63 - 1024), so that the sequence's own
    // "too long" check (len × count > PY_SSIZE_T_MAX) still decides OverflowError.
    return big < 0n ? 0 : Math.min(Number(big), 2 ** 63 - 1024);
  }
  return v;
}

// Set algebra: | & - ^ and their in-place forms (which mutate `a` and return it).
function setBinary(s: ObjectSpace, a: Ptr, b: Ptr, op: number, inplace: boolean): Ptr {
  if (inplace && !O.frozenset_check(s, a)) {
    if (op === 7) O.set_update(s, a, b);
    else if (op === 1) O.set_intersectionUpdate(s, a, b);
    else if (op === 10) O.set_differenceUpdate(s, a, b);
    else if (op === 12) O.set_symmetricDifferenceUpdate(s, a, b);
    else return NULL;
    return s.newRef(a);
  }
  if (op === 7) return O.set_union(s, a, b);
  if (op === 1) return O.set_intersection(s, a, b);
  if (op === 10) return O.set_difference(s, a, b);
  if (op === 12) return O.set_symmetricDifference(s, a, b);
  return NULL;
}

/** The first index of `sub` in `data`, or -1. */
export function indexOfBytes(data: Uint8Array, sub: Uint8Array, from = 0): number {
  outer: for (let i = from; i + sub.length <= data.length; i++) {
    for (let j = 0; j < sub.length; j++) if (data[i + j] !== sub[j]) continue outer;
    return i;
  }
  return -1;
}
