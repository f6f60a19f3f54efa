// The unpickler's opcode loop in native code (Modules/_pickle.c load(), CPython 3.11): the
// object stack with its marks and fence, the memo, frames, the error messages of a broken
// pickle; the opcodes that need Python's help (find_class, persistent_load, protocol 0's
// text forms, BUILD, NEWOBJ, INST/OBJ, EXT, out-of-band buffers) call the `_load_*`
// functions of pickle's Python half with the opcode's arguments and push what they return.

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { PyErr } from '../../objects/index.js';
import { PyException } from '../vm/exceptions.js';
import type { Interpreter } from '../vm/interp.js';

const MAX_MEMO_INDEX = 2 ** 28;

/** One load in progress (new references in `stack` and `memo`). */
export class UnpicklerState {
  private stack: Ptr[] = [];
  /** Stack heights at each MARK; the innermost is the fence (C's marks and fence). */
  private marks: number[] = [];
  private memo = new Map<number, Ptr>();
  private pos = 0;
  private readonly n: Interpreter['n'];
  private readonly space: Interpreter['space'];

  constructor(
    private readonly interp: Interpreter,
    /** The Unpickler (borrowed): find_class, persistent_load and the `_load_*` helpers' self. */
    private readonly self: Ptr,
    private buf: Uint8Array,
    /** The file's read and readline (borrowed), or NULL for bytes in memory. */
    private readonly fileRead: Ptr,
    private readonly fileReadline: Ptr,
    /** The module dict, where the `_load_*` helpers are. */
    private readonly module: Ptr,
  ) {
    this.n = interp.n;
    this.space = interp.space;
  }

  /** Unpickler.memo ({index: obj}) into this load's memo. */
  loadMemo(memo: Ptr): void {
    for (const [k, v] of this.n.dictItems(memo)) {
      this.memo.set(this.n.intSafe(k), v);
      this.interp.incref(v);
    }
  }

  /** This load's memo back into Unpickler.memo. */
  storeMemo(memo: Ptr): void {
    const n = this.n;
    O.dict_clear(this.space, memo);
    for (const [index, obj] of this.memo) {
      const key = n.int(index);
      n.dictSet(memo, key, obj);
      this.interp.decref(key);
    }
  }

  /** Gives back the references of the stack and the memo. */
  release(): void {
    const interp = this.interp;
    for (const op of this.stack) interp.decref(op);
    this.stack = [];
    for (const op of this.memo.values()) interp.decref(op);
    this.memo.clear();
  }

  // ---- errors

  private error(type: string, msg: string): PyException {
    const n = this.n;
    const cls = n.dictGet(this.module, n.intern(type));
    const text = n.str(msg);
    try {
      return new PyException(this.interp.callBorrowed(cls, [text]));
    } finally {
      this.interp.decref(text);
    }
  }

  private underflow(): PyException {
    return this.error(
      'UnpicklingError',
      this.marks.length > 0 ? 'unexpected MARK found' : 'unpickling stack underflow',
    );
  }

  private truncated(): PyException {
    return this.error('UnpicklingError', 'pickle data was truncated');
  }

  // ---- input

  // Makes `k` more bytes readable at `pos` (from the file, after what is left of a frame).
  private fill(k: number): void {
    if (this.fileRead === NULL) throw this.truncated();
    const interp = this.interp;
    const left = this.buf.subarray(this.pos);
    const arg = this.n.int(k - left.length);
    let chunk: Uint8Array;
    try {
      const got = interp.callBorrowed(this.fileRead, [arg]);
      try {
        if (!this.n.isBytes(got))
          throw new PyErr('TypeError', `a bytes-like object is required, not '${this.space.typeName(got)}'`);
        chunk = this.n.bytesValue(got);
      } finally {
        interp.decref(got);
      }
    } finally {
      interp.decref(arg);
    }
    if (chunk.length < k - left.length) throw this.truncated();
    const joined = new Uint8Array(left.length + chunk.length);
    joined.set(left);
    joined.set(chunk, left.length);
    this.buf = joined;
    this.pos = 0;
  }

  // The offset of `k` bytes read.
  private read(k: number): number {
    if (this.pos + k > this.buf.length) this.fill(k);
    const at = this.pos;
    this.pos += k;
    return at;
  }

  private readUint(width: number): number {
    const at = this.read(width);
    const b = this.buf;
    let v = 0;
    for (let i = width - 1; i >= 0; i--) v = v * 256 + b[at + i];
    return v;
  }

  // A line through its newline, as bytes (the newline left out).
  private readline(): Uint8Array {
    const b = this.buf;
    const end = b.indexOf(0x0a, this.pos);
    if (end >= 0) {
      const line = b.subarray(this.pos, end);
      this.pos = end + 1;
      return line;
    }
    if (this.fileReadline === NULL) throw this.truncated();
    const got = this.interp.callBorrowed(this.fileReadline, []);
    let line: Uint8Array;
    try {
      line = this.n.isBytes(got) ? this.n.bytesValue(got) : new Uint8Array(0);
    } finally {
      this.interp.decref(got);
    }
    if (line.length === 0 || line[line.length - 1] !== 0x0a) throw this.truncated();
    this.buf = new Uint8Array(0);
    this.pos = 0;
    return line.subarray(0, line.length - 1);
  }

  // ---- the stack

  private push(op: Ptr): void {
    this.stack.push(op);
  }

  private fence(): number {
    return this.marks.length > 0 ? this.marks[this.marks.length - 1] : 0;
  }

  // Pdata_pop: a reference the caller owns.
  private pop(): Ptr {
    if (this.stack.length <= this.fence()) throw this.underflow();
    return this.stack.pop() as Ptr;
  }

  private top(): Ptr {
    if (this.stack.length <= this.fence()) throw this.underflow();
    return this.stack[this.stack.length - 1];
  }

  // marker(): the height of the innermost mark, which is popped.
  private marker(): number {
    const mark = this.marks.pop();
    if (mark === undefined) throw this.error('UnpicklingError', 'could not find MARK');
    return mark;
  }

  // The items from `start` up (owned references, now the caller's).
  private popFrom(start: number): Ptr[] {
    return this.stack.splice(start);
  }

  private clearFrom(start: number): void {
    for (const op of this.stack.splice(start)) this.interp.decref(op);
  }

  // ---- helpers of the Python half

  private helper(name: string, args: Ptr[]): Ptr {
    const n = this.n;
    return this.interp.callBorrowed(n.dictGet(this.module, n.intern(name)), args);
  }

  // Calls a helper with owned arguments, which it then releases.
  private helperOwned(name: string, args: Ptr[]): Ptr {
    try {
      return this.helper(name, args);
    } finally {
      for (const op of args) this.interp.decref(op);
    }
  }

  private callMethod(obj: Ptr, name: string, args: Ptr[]): Ptr {
    const f = this.interp.getAttr(obj, this.n.intern(name));
    try {
      return this.interp.callBorrowed(f, args);
    } finally {
      this.interp.decref(f);
    }
  }

  private bytesObj(at: number, k: number): Ptr {
    return this.n.bytes(this.buf.subarray(at, at + k));
  }

  private memoPut(index: number, op: Ptr): void {
    if (index >= MAX_MEMO_INDEX) throw new PyErr('MemoryError', '');
    this.interp.incref(op);
    const old = this.memo.get(index);
    this.memo.set(index, op);
    if (old !== undefined) this.interp.decref(old);
  }

  private memoGet(index: number): void {
    const op = this.memo.get(index);
    if (op === undefined) throw this.error('UnpicklingError', `Memo value not found at index ${index}`);
    this.push(this.interp.ref(op));
  }

  private text(b: Uint8Array, at: number, k: number): Ptr {
    const made = O.str_fromUtf8Surrogatepass(this.space, b, at, at + k);
    if (made !== NULL) return made;
    // Not UTF-8: the codec's own UnicodeDecodeError.
    return this.helperOwned('_load_utf8', [this.n.bytes(b.subarray(at, at + k))]);
  }

  /** load(): runs opcodes to STOP and gives the object on top (new reference). */
  load(): Ptr {
    const n = this.n;
    const space = this.space;
    const interp = this.interp;
    for (;;) {
      if (this.pos >= this.buf.length) {
        try {
          this.fill(1);
        } catch (e) {
          if (e instanceof PyException) {
            interp.decref(e.exc);
            throw new PyErr('EOFError', 'Ran out of input');
          }
          throw e;
        }
      }
      const code = this.buf[this.pos++];
      switch (code) {
        case 0x80: {
          // PROTO
          const proto = this.readUint(1);
          if (proto > 5) throw new PyErr('ValueError', `unsupported pickle protocol: ${proto}`);
          const value = n.int(proto);
          try {
            interp.setAttr(this.self, n.intern('proto'), value);
          } finally {
            interp.decref(value);
          }
          break;
        }
        case 0x95: {
          // FRAME: the frame's bytes must be there (C reads them, then rewinds).
          const size = this.readUint(8);
          if (this.pos + size > this.buf.length) this.fill(size);
          break;
        }
        case 0x2e: // STOP
          return this.pop();
        case 0x4e: // NONE
          this.push(interp.newNone());
          break;
        case 0x88: // NEWTRUE
          this.push(interp.bool(true));
          break;
        case 0x89: // NEWFALSE
          this.push(interp.bool(false));
          break;
        case 0x4b: // BININT1
          this.push(n.int(this.readUint(1)));
          break;
        case 0x4d: // BININT2
          this.push(n.int(this.readUint(2)));
          break;
        case 0x4a: // BININT
          this.push(n.int(this.readUint(4) | 0));
          break;
        case 0x8a: // LONG1
          this.pushLong(this.readUint(1));
          break;
        case 0x8b: {
          // LONG4
          const size = this.readUint(4) | 0;
          if (size < 0) throw this.error('UnpicklingError', 'LONG pickle has negative byte count');
          this.pushLong(size);
          break;
        }
        case 0x47: {
          // BINFLOAT
          const at = this.read(8);
          this.push(n.float(new DataView(this.buf.buffer, this.buf.byteOffset + at, 8).getFloat64(0, false)));
          break;
        }
        case 0x8c: // SHORT_BINUNICODE
        case 0x58: // BINUNICODE
        case 0x8d: {
          // BINUNICODE8
          const size = this.readUint(code === 0x8c ? 1 : code === 0x58 ? 4 : 8);
          if (size > Number.MAX_SAFE_INTEGER)
            throw this.error(
              'UnpicklingError',
              "BINUNICODE exceeds system's maximum size of 9223372036854775807 bytes",
            );
          const at = this.read(size);
          this.push(this.text(this.buf, at, size));
          break;
        }
        case 0x43: // SHORT_BINBYTES
        case 0x42: // BINBYTES
        case 0x8e: // BINBYTES8
        case 0x96: {
          // BYTEARRAY8
          const size = this.readUint(code === 0x43 ? 1 : code === 0x42 ? 4 : 8);
          if (size > Number.MAX_SAFE_INTEGER)
            throw this.error(
              'UnpicklingError',
              "BINBYTES exceeds system's maximum size of 9223372036854775807 bytes",
            );
          const at = this.read(size);
          const data = this.buf.subarray(at, at + size);
          this.push(code === 0x96 ? O.bytearray_fromU8(space, data.slice()) : n.bytes(data));
          break;
        }
        case 0x55: // SHORT_BINSTRING
        case 0x54: {
          // BINSTRING
          const size = code === 0x55 ? this.readUint(1) : this.readUint(4) | 0;
          if (size < 0) throw this.error('UnpicklingError', 'BINSTRING pickle has negative byte count');
          const raw = this.bytesObj(this.read(size), size);
          this.push(this.helperOwned('_load_binstring', [interp.ref(this.self), raw]));
          break;
        }
        case 0x29: // EMPTY_TUPLE
          this.push(n.tuple([]));
          break;
        case 0x85: // TUPLE1
        case 0x86: // TUPLE2
        case 0x87: {
          // TUPLE3
          const k = code - 0x84;
          const start = this.stack.length - k;
          if (start < this.fence()) throw this.underflow();
          this.push(n.tuple(this.popFrom(start)));
          break;
        }
        case 0x74: // TUPLE
          this.push(n.tuple(this.popFrom(this.marker())));
          break;
        case 0x5d: // EMPTY_LIST
          this.push(n.list([]));
          break;
        case 0x6c: // LIST
          this.push(n.list(this.popFrom(this.marker())));
          break;
        case 0x7d: // EMPTY_DICT
          this.push(n.dict());
          break;
        case 0x64: {
          // DICT
          const start = this.marker();
          if ((this.stack.length - start) % 2 !== 0)
            throw this.error('UnpicklingError', 'odd number of items for DICT');
          const d = n.dict();
          try {
            for (let i = start; i < this.stack.length; i += 2) n.dictSet(d, this.stack[i], this.stack[i + 1]);
          } catch (e) {
            interp.decref(d);
            throw e;
          }
          this.clearFrom(start);
          this.push(d);
          break;
        }
        case 0x8f: // EMPTY_SET
          this.push(n.set());
          break;
        case 0x91: {
          // FROZENSET
          const items = this.popFrom(this.marker());
          try {
            this.push(O.set_fromArray(space, items, true));
          } finally {
            for (const op of items) interp.decref(op);
          }
          break;
        }
        case 0x61: // APPEND
          if (this.stack.length - 1 <= this.fence()) throw this.underflow();
          this.doAppend(this.stack.length - 1);
          break;
        case 0x65: // APPENDS
          this.doAppend(this.marker());
          break;
        case 0x73: // SETITEM
          this.doSetItems(this.stack.length - 2);
          break;
        case 0x75: // SETITEMS
          this.doSetItems(this.marker());
          break;
        case 0x90: // ADDITEMS
          this.doAddItems(this.marker());
          break;
        case 0x28: // MARK
          this.marks.push(this.stack.length);
          break;
        case 0x30: {
          // POP
          const len = this.stack.length;
          if (this.marks.length > 0 && this.marks[this.marks.length - 1] === len) this.marks.pop();
          else interp.decref(this.pop());
          break;
        }
        case 0x31: // POP_MARK
          this.clearFrom(this.marker());
          break;
        case 0x32: // DUP
          this.push(interp.ref(this.top()));
          break;
        case 0x94: // MEMOIZE
          this.memoPut(this.memo.size, this.top());
          break;
        case 0x71: // BINPUT
          this.top();
          this.memoPut(this.readUint(1), this.top());
          break;
        case 0x72: // LONG_BINPUT
          this.top();
          this.memoPut(this.readUint(4), this.top());
          break;
        case 0x68: // BINGET
          this.memoGet(this.readUint(1));
          break;
        case 0x6a: // LONG_BINGET
          this.memoGet(this.readUint(4));
          break;
        case 0x70: {
          // PUT
          this.top();
          const index = this.decimal(this.readline());
          if (index < 0) throw new PyErr('ValueError', 'negative PUT argument');
          this.memoPut(index, this.top());
          break;
        }
        case 0x67: // GET
          this.memoGet(this.decimal(this.readline()));
          break;
        case 0x93: {
          // STACK_GLOBAL
          const name = this.pop();
          let module = NULL;
          try {
            module = this.pop();
            const strType = space.strs.type;
            if (space.rt.typeObject(name) !== strType || space.rt.typeObject(module) !== strType)
              throw this.error('UnpicklingError', 'STACK_GLOBAL requires str');
            this.push(this.callMethod(this.self, 'find_class', [module, name]));
          } finally {
            interp.decref(name);
            if (module !== NULL) interp.decref(module);
          }
          break;
        }
        case 0x63: {
          // GLOBAL
          const first = this.readline();
          const module = this.text(first, 0, first.length);
          let name = NULL;
          try {
            const second = this.readline();
            name = this.text(second, 0, second.length);
            this.push(this.callMethod(this.self, 'find_class', [module, name]));
          } finally {
            interp.decref(module);
            if (name !== NULL) interp.decref(name);
          }
          break;
        }
        case 0x52: {
          // REDUCE
          const args = this.pop();
          let f = NULL;
          try {
            f = this.pop();
            if (!n.isTuple(args)) throw new PyErr('TypeError', 'argument list must be a tuple');
            this.push(interp.callBorrowed(f, n.tupleItems(args)));
          } finally {
            interp.decref(args);
            if (f !== NULL) interp.decref(f);
          }
          break;
        }
        case 0x81: // NEWOBJ
        case 0x92: {
          // NEWOBJ_EX
          const kwargs = code === 0x92 ? this.pop() : interp.newNone();
          const popped: Ptr[] = [kwargs];
          try {
            const args = this.pop();
            popped.push(args);
            const cls = this.pop();
            popped.push(cls);
            this.push(this.helper('_load_newobj', [cls, args, kwargs, interp.bool(code === 0x92)]));
          } finally {
            for (const op of popped) interp.decref(op);
          }
          break;
        }
        case 0x62: {
          // BUILD
          const state = this.pop();
          try {
            this.helperOwned('_load_build', [interp.ref(this.top()), interp.ref(state)]);
          } finally {
            interp.decref(state);
          }
          break;
        }
        case 0x51: {
          // BINPERSID
          const pid = this.pop();
          try {
            this.push(this.callMethod(this.self, 'persistent_load', [pid]));
          } finally {
            interp.decref(pid);
          }
          break;
        }
        case 0x50: // PERSID
          this.push(this.helperOwned('_load_persid', [interp.ref(this.self), this.lineBytes()]));
          break;
        case 0x49: // INT
          this.push(this.helperOwned('_load_int', [this.lineBytes()]));
          break;
        case 0x4c: // LONG
          this.push(this.helperOwned('_load_long', [this.lineBytes()]));
          break;
        case 0x46: // FLOAT
          this.push(this.helperOwned('_load_float', [this.lineBytes()]));
          break;
        case 0x53: // STRING
          this.push(this.helperOwned('_load_string', [interp.ref(this.self), this.lineBytes()]));
          break;
        case 0x56: // UNICODE
          this.push(this.helperOwned('_load_unicode', [this.lineBytes()]));
          break;
        case 0x69: {
          // INST
          const module = this.lineBytes();
          const name = this.lineBytes();
          const args = n.list(this.popFrom(this.marker()));
          this.push(this.helperOwned('_load_inst', [interp.ref(this.self), module, name, args]));
          break;
        }
        case 0x6f: // OBJ
          this.push(this.helperOwned('_load_obj', [n.list(this.popFrom(this.marker()))]));
          break;
        case 0x82: // EXT1
        case 0x83: // EXT2
        case 0x84: {
          // EXT4
          const ext = n.int(this.readUint(code === 0x82 ? 1 : code === 0x83 ? 2 : 4) | 0);
          this.push(this.helperOwned('_load_ext', [interp.ref(this.self), ext]));
          break;
        }
        case 0x97: // NEXT_BUFFER
          this.push(this.helperOwned('_load_next_buffer', [interp.ref(this.self)]));
          break;
        case 0x98: {
          // READONLY_BUFFER
          const buf = this.pop();
          this.push(this.helperOwned('_load_readonly', [buf]));
          break;
        }
        default: {
          const shown =
            code >= 0x20 && code <= 0x7e && code !== 0x27 && code !== 0x5c
              ? String.fromCharCode(code)
              : `\\x${code.toString(16).padStart(2, '0')}`;
          throw this.error('UnpicklingError', `invalid load key, '${shown}'.`);
        }
      }
    }
  }

  private lineBytes(): Ptr {
    return this.n.bytes(this.readline());
  }

  private decimal(line: Uint8Array): number {
    const text = String.fromCharCode(...line).trim();
    if (/^[-+]?\d+$/.test(text)) return Number(text);
    const v = this.helperOwned('_load_decimal', [this.n.bytes(line)]);
    try {
      return this.n.intSafe(v);
    } finally {
      this.interp.decref(v);
    }
  }

  private pushLong(size: number): void {
    const at = this.read(size);
    const b = this.buf;
    if (size === 0) {
      this.push(this.n.int(0));
      return;
    }
    let v = 0n;
    for (let i = size - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[at + i]);
    if ((b[at + size - 1] & 0x80) !== 0) v -= 1n << BigInt(8 * size);
    this.push(this.n.bigint(v));
  }

  // do_append(x): the items above x go to the list at x - 1.
  private doAppend(x: number): void {
    const len = this.stack.length;
    if (x > len || x <= this.fence()) throw this.underflow();
    if (len === x) return;
    const interp = this.interp;
    const target = this.stack[x - 1];
    if (this.space.rt.typeObject(target) === this.space.lists.type) {
      for (const item of this.popFrom(x)) O.list_appendTakeRef(this.space, target, item);
      return;
    }
    const extend = interp.getAttrCleared(target, this.n.intern('extend'));
    if (extend !== NULL) {
      const items = this.n.list(this.popFrom(x));
      try {
        interp.decref(interp.callBorrowed(extend, [items]));
      } finally {
        interp.decref(items);
        interp.decref(extend);
      }
      return;
    }
    const append = interp.getAttr(target, this.n.intern('append'));
    try {
      while (this.stack.length > x) {
        const item = this.stack.splice(x, 1)[0];
        try {
          interp.decref(interp.callBorrowed(append, [item]));
        } finally {
          interp.decref(item);
        }
      }
    } finally {
      interp.decref(append);
    }
  }

  // do_setitems(x): the key/value pairs above x go into the mapping at x - 1.
  private doSetItems(x: number): void {
    const len = this.stack.length;
    if (x > len || x <= this.fence()) throw this.underflow();
    if (len === x) return;
    if ((len - x) % 2 !== 0) throw this.error('UnpicklingError', 'odd number of items for SETITEMS');
    const target = this.stack[x - 1];
    const exact = this.space.rt.typeObject(target) === this.space.dicts.type;
    try {
      for (let i = x; i < len; i += 2) {
        if (exact) this.n.dictSet(target, this.stack[i], this.stack[i + 1]);
        else this.interp.setItem(target, this.stack[i], this.stack[i + 1]);
      }
    } finally {
      this.clearFrom(x);
    }
  }

  // load_additems: the items above the mark go into the set below it.
  private doAddItems(mark: number): void {
    const len = this.stack.length;
    if (mark > len || mark <= this.fence()) throw this.underflow();
    if (len === mark) return;
    const interp = this.interp;
    const target = this.stack[mark - 1];
    const items = this.popFrom(mark);
    try {
      if (O.anyset_check(this.space, target)) {
        for (const item of items) O.set_add(this.space, target, item);
        return;
      }
      const add = interp.getAttr(target, this.n.intern('add'));
      try {
        for (const item of items) interp.decref(interp.callBorrowed(add, [item]));
      } finally {
        interp.decref(add);
      }
    } finally {
      for (const op of items) interp.decref(op);
    }
  }
}
