// The pickler's save() in native code (Modules/_pickle.c, CPython 3.11): the atoms, str,
// bytes and the exact built-in containers are written here with the C pickler's opcodes,
// memo and batches; everything else (persistent ids, reducer_override, dispatch_table,
// __reduce_ex__, globals, bytes before protocol 3, sets before protocol 4, bytearray) goes
// to the Python methods of pickle's Pickler, which call back into save() for their parts.

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { checkRecursionHeadroom, PyErr, recursionGuardState } from '../../objects/index.js';
import type { Interpreter } from '../vm/interp.js';
import type { PickleOutput } from './pickle-output.js';

/** The Python side of a dump: persistent_id, and the Pickler whose methods take the slow paths. */
export interface SaveHooks {
  /** self.persistent_id (borrowed), or NULL when the Pickler's own (always None) is in place. */
  persistentId: Ptr;
  /** The Pickler (borrowed), or NULL: then `makePickler` makes one the first time it is needed. */
  pickler: Ptr;
  /** A new Pickler for this dump's protocol and options (a new reference). */
  makePickler: () => Ptr;
}

const BATCHSIZE = 1000;
const WHERE = ' while pickling an object';

// Opcodes (pickle.py's names).
const MARK = 0x28;
const STOP = 0x2e;
const POP = 0x30;
const POP_MARK = 0x31;
const NONE = 0x4e;
const BININT = 0x4a;
const BININT1 = 0x4b;
const BININT2 = 0x4d;
const BINFLOAT = 0x47;
const LONG1 = 0x8a;
const LONG4 = 0x8b;
const NEWTRUE = 0x88;
const NEWFALSE = 0x89;
const SHORT_BINBYTES = 0x43;
const BINBYTES = 0x42;
const BINBYTES8 = 0x8e;
const SHORT_BINUNICODE = 0x8c;
const BINUNICODE = 0x58;
const BINUNICODE8 = 0x8d;
const EMPTY_TUPLE = 0x29;
const TUPLE = 0x74;
const TUPLE_N = [EMPTY_TUPLE, 0x85, 0x86, 0x87];
const EMPTY_LIST = 0x5d;
const APPEND = 0x61;
const APPENDS = 0x65;
const EMPTY_DICT = 0x7d;
const SETITEM = 0x73;
const SETITEMS = 0x75;
const EMPTY_SET = 0x8f;
const ADDITEMS = 0x90;
const FROZENSET = 0x91;
const MEMOIZE = 0x94;
const BINPUT = 0x71;
const LONG_BINPUT = 0x72;
const BINGET = 0x68;
const LONG_BINGET = 0x6a;
const PROTO = 0x80;

/** One dump in progress: the protocol, the output, the memo (object → index, owned references). */
export class PicklerState {
  readonly memo = new Map<Ptr, number>();
  private readonly bin: boolean;
  private pickler: Ptr;
  private ownsPickler = false;
  private readonly n: Interpreter['n'];
  private readonly space: Interpreter['space'];

  constructor(
    private readonly interp: Interpreter,
    readonly proto: number,
    readonly out: PickleOutput,
    private readonly hooks: SaveHooks,
  ) {
    this.bin = proto >= 1;
    this.pickler = hooks.pickler;
    this.n = interp.n;
    this.space = interp.space;
  }

  /** _pickle.c dump(): PROTO, framing, the object, STOP, the last frame. */
  dump(obj: Ptr): void {
    if (this.proto >= 2) this.out.op2(PROTO, this.proto);
    if (this.proto >= 4) this.out.framing = true;
    this.save(obj, false);
    this.out.op(STOP);
    this.out.commitFrame();
  }

  /** Gives back the memo's references (and the Pickler made for the dump). */
  release(): void {
    for (const obj of this.memo.keys()) this.interp.decref(obj);
    this.memo.clear();
    if (this.ownsPickler) this.interp.decref(this.pickler);
    this.ownsPickler = false;
  }

  /** save(self, obj, pers_save). */
  save(obj: Ptr, persSave: boolean): void {
    const out = this.out;
    out.boundary();
    if (!persSave && this.hooks.persistentId !== NULL && this.savePers(obj)) return;
    const space = this.space;
    const t = space.rt.typeObject(obj);
    if (obj === space.none) out.op(NONE);
    else if (obj === space.true || obj === space.false) {
      if (this.proto >= 2) out.op(obj === space.true ? NEWTRUE : NEWFALSE);
      else out.ascii(obj === space.true ? 'I01\n' : 'I00\n');
    } else if (t === space.ints.type) this.saveLong(obj);
    else if (t === space.floats.type) this.saveFloat(obj);
    else {
      const index = this.memo.get(obj);
      if (index !== undefined) this.memoGet(index);
      else if (t === space.bytes.type) {
        if (this.proto >= 3) this.saveBytes(obj);
        else this.callHook('_save_bytes', obj);
      } else if (t === space.strs.type) this.saveUnicode(obj);
      else this.saveComplex(obj, t);
    }
  }

  // The rest of save(), inside its recursion level.
  private saveComplex(obj: Ptr, t: Ptr): void {
    const space = this.space;
    // Py_EnterRecursiveCall only past the atoms, as in C.
    checkRecursionHeadroom(space, 1, WHERE);
    const guard = recursionGuardState(space);
    guard.depth++;
    try {
      if (t === space.dicts.type) this.saveDict(obj);
      else if (t === space.lists.type) this.saveList(obj);
      else if (t === space.tuples.type) this.saveTuple(obj);
      else if (t === space.sets.setType && this.proto >= 4) this.saveSet(obj);
      else if (t === space.sets.frozensetType && this.proto >= 4) this.saveFrozenset(obj);
      else this.callHook('_save_other', obj);
    } finally {
      guard.depth--;
    }
  }

  // pickler.<name>(obj), a slow path in Python.
  private callHook(name: string, obj: Ptr): void {
    const interp = this.interp;
    if (this.pickler === NULL) {
      this.pickler = this.hooks.makePickler();
      this.ownsPickler = true;
    }
    const f = interp.getAttr(this.pickler, this.n.intern(name));
    try {
      interp.decref(interp.callBorrowed(f, [obj]));
    } finally {
      interp.decref(f);
    }
  }

  // save_pers: true when persistent_id(obj) gave an id (then written).
  private savePers(obj: Ptr): boolean {
    const interp = this.interp;
    const pid = interp.callBorrowed(this.hooks.persistentId, [obj]);
    try {
      if (pid === this.space.none) return false;
      this.callHook('_save_pers', pid);
      return true;
    } finally {
      interp.decref(pid);
    }
  }

  /** memo_put: the object's memo index, and MEMOIZE / PUT / BINPUT / LONG_BINPUT. */
  memoPut(obj: Ptr): void {
    const index = this.memo.size;
    this.memo.set(obj, index);
    this.interp.incref(obj);
    const out = this.out;
    if (this.proto >= 4) out.op(MEMOIZE);
    else if (!this.bin) out.ascii(`p${index}\n`);
    else if (index < 256) out.op2(BINPUT, index);
    else out.opInt(LONG_BINPUT, index, 4);
  }

  /** memo_get: GET / BINGET / LONG_BINGET of a memo index. */
  memoGet(index: number): void {
    const out = this.out;
    if (!this.bin) out.ascii(`g${index}\n`);
    else if (index < 256) out.op2(BINGET, index);
    else out.opInt(LONG_BINGET, index, 4);
  }

  private saveLong(obj: Ptr): void {
    const out = this.out;
    const v = this.n.intSafe(obj);
    if (v >= -0x80000000 && v <= 0x7fffffff) {
      if (!this.bin) out.ascii(`I${v}\n`);
      else if (v >= 0 && v < 256) out.op2(BININT1, v);
      else if (v >= 0 && v < 65536) out.opInt(BININT2, v, 2);
      else out.opInt(BININT, v >>> 0, 4);
      return;
    }
    const x = this.n.intBig(obj);
    if (this.proto < 2) {
      out.ascii(`L${x}L\n`);
      return;
    }
    const raw = longBytes(x);
    if (raw.length < 256) out.op2(LONG1, raw.length);
    else out.opInt(LONG4, raw.length, 4);
    out.bytes(raw);
  }

  private saveFloat(obj: Ptr): void {
    const out = this.out;
    if (!this.bin) {
      out.ascii(`F${O.float_repr(O.float_asDouble(this.space, obj))}\n`);
      return;
    }
    // The double's own eight bytes (a NaN keeps its sign and payload), big-endian.
    const u8 = this.space.rt.mem.u8;
    const at = obj + O.FLOAT_FVAL;
    out.op(BINFLOAT);
    out.bytes([u8[at + 7], u8[at + 6], u8[at + 5], u8[at + 4], u8[at + 3], u8[at + 2], u8[at + 1], u8[at]]);
  }

  private saveBytes(obj: Ptr): void {
    const data = this.n.bytesValue(obj);
    const size = data.length;
    if (size <= 0xff) this.out.writeLarge([SHORT_BINBYTES, size], data, obj);
    else if (size <= 0xffffffff) this.out.writeLarge(header(BINBYTES, size, 4), data, obj);
    else if (this.proto >= 4) this.out.writeLarge(header(BINBYTES8, size, 8), data, obj);
    else
      throw new PyErr(
        'OverflowError',
        'serializing a bytes object larger than 4 GiB requires pickle protocol 4 or higher',
      );
    this.memoPut(obj);
  }

  private saveUnicode(obj: Ptr): void {
    if (this.bin) {
      const data = O.str_utf8Surrogatepass(this.space, obj);
      const size = data.length;
      if (size <= 0xff && this.proto >= 4) this.out.writeLarge([SHORT_BINUNICODE, size], data, NULL);
      else if (size <= 0xffffffff) this.out.writeLarge(header(BINUNICODE, size, 4), data, NULL);
      else if (this.proto >= 4) this.out.writeLarge(header(BINUNICODE8, size, 8), data, NULL);
      else
        throw new PyErr(
          'OverflowError',
          'serializing a string larger than 4 GiB requires pickle protocol 4 or higher',
        );
    } else {
      this.out.op(0x56); // UNICODE
      this.out.ascii(rawUnicodeEscape(this.n.jsStr(obj)));
      this.out.op(0x0a);
    }
    this.memoPut(obj);
  }

  private saveTuple(obj: Ptr): void {
    const out = this.out;
    const items = this.n.tupleItems(obj);
    const len = items.length;
    if (len === 0) {
      if (this.bin) out.op(EMPTY_TUPLE);
      else out.op2(MARK, TUPLE);
      return;
    }
    const short = len <= 3 && this.proto >= 2;
    if (!short) out.op(MARK);
    for (const item of items) this.save(item, false);
    // In the memo now: the tuple is recursive; drop what was pushed and fetch it.
    const index = this.memo.get(obj);
    if (index !== undefined) {
      if (short) for (let i = 0; i < len; i++) out.op(POP);
      else if (this.bin) out.op(POP_MARK);
      else for (let i = 0; i <= len; i++) out.op(POP);
      this.memoGet(index);
      return;
    }
    out.op(short ? TUPLE_N[len] : TUPLE);
    this.memoPut(obj);
  }

  private saveList(obj: Ptr): void {
    const out = this.out;
    if (this.bin) out.op(EMPTY_LIST);
    else out.op2(MARK, 0x6c); // LIST
    this.memoPut(obj);
    const n = this.n;
    if (n.listLen(obj) === 0) return;
    this.nested(() => {
      if (!this.bin) {
        for (let i = 0; i < n.listLen(obj); i++) {
          this.saveItem(n.listGet(obj, i));
          out.op(APPEND);
        }
        return;
      }
      // batch_list_exact: the length is read again after each item.
      if (n.listLen(obj) === 1) {
        this.saveItem(n.listGet(obj, 0));
        out.op(APPEND);
        return;
      }
      let total = 0;
      do {
        out.op(MARK);
        let batch = 0;
        while (total < n.listLen(obj)) {
          this.saveItem(n.listGet(obj, total));
          total++;
          if (++batch === BATCHSIZE) break;
        }
        out.op(APPENDS);
      } while (total < n.listLen(obj));
    });
  }

  // save(item) with a reference held (the container may drop it meanwhile).
  private saveItem(item: Ptr): void {
    this.interp.incref(item);
    try {
      this.save(item, false);
    } finally {
      this.interp.decref(item);
    }
  }

  private savePair(k: Ptr, v: Ptr): void {
    const interp = this.interp;
    interp.incref(k);
    interp.incref(v);
    try {
      this.save(k, false);
      this.save(v, false);
    } finally {
      interp.decref(k);
      interp.decref(v);
    }
  }

  // The extra Py_EnterRecursiveCall of save_list and save_dict around their items.
  private nested(body: () => void): void {
    checkRecursionHeadroom(this.space, 1, WHERE);
    const guard = recursionGuardState(this.space);
    guard.depth++;
    try {
      body();
    } finally {
      guard.depth--;
    }
  }

  private saveDict(obj: Ptr): void {
    const out = this.out;
    if (this.bin) out.op(EMPTY_DICT);
    else out.op2(MARK, 0x64); // DICT
    this.memoPut(obj);
    const n = this.n;
    const size = n.size(obj);
    if (size === 0) return;
    const changed = () => new PyErr('RuntimeError', 'dictionary changed size during iteration');
    this.nested(() => {
      let pos = 0;
      if (!this.bin) {
        // batch_dict over obj.items(): one SETITEM each.
        for (;;) {
          if (n.size(obj) !== size) throw changed();
          const entry = n.dictNext(obj, pos);
          if (entry === null) return;
          pos = entry[2];
          this.savePair(entry[0], entry[1]);
          out.op(SETITEM);
        }
      }
      if (size === 1) {
        const entry = n.dictNext(obj, 0);
        if (entry !== null) this.savePair(entry[0], entry[1]);
        out.op(SETITEM);
        return;
      }
      // batch_dict_exact: an empty MARK … SETITEMS follows a last batch of exactly 1000.
      let i: number;
      do {
        i = 0;
        out.op(MARK);
        for (;;) {
          const entry = n.dictNext(obj, pos);
          if (entry === null) break;
          pos = entry[2];
          this.savePair(entry[0], entry[1]);
          if (++i === BATCHSIZE) break;
        }
        out.op(SETITEMS);
        if (n.size(obj) !== size) throw changed();
      } while (i === BATCHSIZE);
    });
  }

  private saveSet(obj: Ptr): void {
    const out = this.out;
    const n = this.n;
    out.op(EMPTY_SET);
    this.memoPut(obj);
    const size = n.size(obj);
    if (size === 0) return;
    let pos = 0;
    let i: number;
    do {
      i = 0;
      out.op(MARK);
      for (;;) {
        const entry = n.setNext(obj, pos);
        if (entry === null) break;
        pos = entry[1];
        this.saveItem(entry[0]);
        if (++i === BATCHSIZE) break;
      }
      out.op(ADDITEMS);
      if (n.size(obj) !== size) throw new PyErr('RuntimeError', 'set changed size during iteration');
    } while (i === BATCHSIZE);
  }

  private saveFrozenset(obj: Ptr): void {
    const out = this.out;
    out.op(MARK);
    for (const item of this.n.setItems(obj)) this.saveItem(item);
    const index = this.memo.get(obj);
    if (index !== undefined) {
      out.op(POP_MARK);
      this.memoGet(index);
      return;
    }
    out.op(FROZENSET);
    this.memoPut(obj);
  }
}

function header(op: number, size: number, width: number): number[] {
  const out = [op];
  for (let i = 0; i < width; i++) {
    out.push(size % 256);
    size = Math.floor(size / 256);
  }
  return out;
}

/** An int as LONG1/LONG4 write it: two's complement, little-endian, as few bytes as hold the sign. */
export function longBytes(x: bigint): Uint8Array {
  if (x === 0n) return new Uint8Array(0);
  const nbits = (x < 0n ? -x : x).toString(2).length;
  let nbytes = (nbits >> 3) + 1;
  const out = new Uint8Array(nbytes);
  let v = BigInt.asUintN(nbytes * 8, x);
  for (let i = 0; i < nbytes; i++) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  if (x < 0n && nbytes > 1 && out[nbytes - 1] === 0xff && (out[nbytes - 2] & 0x80) !== 0) nbytes--;
  return out.subarray(0, nbytes);
}

// raw_unicode_escape of protocol 0's UNICODE: \uXXXX / \UXXXXXXXX past latin-1 and for
// backslash, NUL, newline, carriage return and ^Z.
function rawUnicodeEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c >= 0x10000) out += `\\U${c.toString(16).padStart(8, '0')}`;
    else if (c >= 256 || c === 0x5c || c === 0 || c === 0x0a || c === 0x0d || c === 0x1a)
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}
