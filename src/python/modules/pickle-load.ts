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
import { doAddItems, doAppend, doSetItems, loadRareOpcode } from './pickle-load-ops.js';

const MAX_MEMO_INDEX = 2 ** 28;

/** One load in progress (new references in `stack` and `memo`). */
export class UnpicklerState {
  stack: Ptr[] = [];
  /** Stack heights at each MARK; the innermost is the fence (C's marks and fence). */
  marks: number[] = [];
  memo = new Map<number, Ptr>();
  pos = 0;
  readonly n: Interpreter['n'];
  readonly space: Interpreter['space'];

  /** The protocol of the PROTO opcode (0 before one). */
  proto = 0;
  private ownsUnpickler = false;

  constructor(
    readonly interp: Interpreter,
    /** The Unpickler (borrowed), or NULL until `makeUnpickler` makes one. */
    private unpickler: Ptr,
    public buf: Uint8Array,
    /** The file's read and readline (borrowed), or NULL for bytes in memory. */
    readonly fileRead: Ptr,
    readonly fileReadline: Ptr,
    /** The module dict, where the `_load_*` helpers are. */
    readonly module: Ptr,
    /** A new Unpickler for a loads() (a new reference) with the protocol read so far. */
    private readonly makeUnpickler: (proto: number) => Ptr,
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

  /** The Unpickler: find_class, persistent_load and the `_load_*` helpers' self (borrowed). */
  get self(): Ptr {
    if (this.unpickler === NULL) {
      this.unpickler = this.makeUnpickler(this.proto);
      this.ownsUnpickler = true;
    }
    return this.unpickler;
  }

  /** PROTO: the protocol, also on the Unpickler when there is one. */
  setProto(proto: number): void {
    this.proto = proto;
    if (this.unpickler === NULL) return;
    const value = this.n.int(proto);
    try {
      this.interp.setAttr(this.unpickler, this.n.intern('proto'), value);
    } finally {
      this.interp.decref(value);
    }
  }

  /** Gives back the references of the stack and the memo (and the Unpickler made). */
  release(): void {
    const interp = this.interp;
    if (this.ownsUnpickler) interp.decref(this.unpickler);
    this.ownsUnpickler = false;
    for (const op of this.stack) interp.decref(op);
    this.stack = [];
    for (const op of this.memo.values()) interp.decref(op);
    this.memo.clear();
  }

  // ---- errors

  error(type: string, msg: string): PyException {
    const n = this.n;
    const cls = n.dictGet(this.module, n.intern(type));
    const text = n.str(msg);
    try {
      return new PyException(this.interp.callBorrowed(cls, [text]));
    } finally {
      this.interp.decref(text);
    }
  }

  underflow(): PyException {
    return this.error(
      'UnpicklingError',
      this.marks.length > 0 ? 'unexpected MARK found' : 'unpickling stack underflow',
    );
  }

  truncated(): PyException {
    return this.error('UnpicklingError', 'pickle data was truncated');
  }

  // ---- input

  // file.read(k) as bytes.
  readFile(k: number): Uint8Array {
    const interp = this.interp;
    const arg = this.n.int(k);
    try {
      const got = interp.callBorrowed(this.fileRead, [arg]);
      try {
        if (!this.n.isBytes(got))
          throw new PyErr('TypeError', `a bytes-like object is required, not '${this.space.typeName(got)}'`);
        return this.n.bytesValue(got);
      } finally {
        interp.decref(got);
      }
    } finally {
      interp.decref(arg);
    }
  }

  // The next opcode's byte from the file; EOFError when there is none (at the end of input).
  refillOpcode(): void {
    const chunk = this.fileRead === NULL ? new Uint8Array(0) : this.readFile(1);
    if (chunk.length === 0) throw new PyErr('EOFError', 'Ran out of input');
    this.buf = chunk;
    this.pos = 0;
  }

  // Makes `k` more bytes readable at `pos` (from the file, after what is left of a frame).
  fill(k: number): void {
    if (this.fileRead === NULL) throw this.truncated();
    const left = this.buf.subarray(this.pos);
    const chunk = this.readFile(k - left.length);
    if (chunk.length < k - left.length) throw this.truncated();
    const joined = new Uint8Array(left.length + chunk.length);
    joined.set(left);
    joined.set(chunk, left.length);
    this.buf = joined;
    this.pos = 0;
  }

  // The offset of `k` bytes read.
  read(k: number): number {
    if (this.pos + k > this.buf.length) this.fill(k);
    const at = this.pos;
    this.pos += k;
    return at;
  }

  readUint(width: number): number {
    const at = this.read(width);
    const b = this.buf;
    let v = 0;
    for (let i = width - 1; i >= 0; i--) v = v * 256 + b[at + i];
    return v;
  }

  // A line through its newline, as bytes (the newline left out).
  readline(): Uint8Array {
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

  push(op: Ptr): void {
    this.stack.push(op);
  }

  fence(): number {
    return this.marks.length > 0 ? this.marks[this.marks.length - 1] : 0;
  }

  // Pdata_pop: a reference the caller owns.
  pop(): Ptr {
    if (this.stack.length <= this.fence()) throw this.underflow();
    return this.stack.pop() as Ptr;
  }

  top(): Ptr {
    if (this.stack.length <= this.fence()) throw this.underflow();
    return this.stack[this.stack.length - 1];
  }

  // marker(): the height of the innermost mark, which is popped.
  marker(): number {
    const mark = this.marks.pop();
    if (mark === undefined) throw this.error('UnpicklingError', 'could not find MARK');
    return mark;
  }

  // The items from `start` up (owned references, now the caller's).
  popFrom(start: number): Ptr[] {
    return this.stack.splice(start);
  }

  clearFrom(start: number): void {
    for (const op of this.stack.splice(start)) this.interp.decref(op);
  }

  // ---- helpers of the Python half

  helper(name: string, args: Ptr[]): Ptr {
    const n = this.n;
    return this.interp.callBorrowed(n.dictGet(this.module, n.intern(name)), args);
  }

  // Calls a helper with owned arguments, which it then releases.
  helperOwned(name: string, args: Ptr[]): Ptr {
    try {
      return this.helper(name, args);
    } finally {
      for (const op of args) this.interp.decref(op);
    }
  }

  callMethod(obj: Ptr, name: string, args: Ptr[]): Ptr {
    const f = this.interp.getAttr(obj, this.n.intern(name));
    try {
      return this.interp.callBorrowed(f, args);
    } finally {
      this.interp.decref(f);
    }
  }

  bytesObj(at: number, k: number): Ptr {
    return this.n.bytes(this.buf.subarray(at, at + k));
  }

  memoPut(index: number, op: Ptr): void {
    if (index >= MAX_MEMO_INDEX) throw new PyErr('MemoryError', '');
    this.interp.incref(op);
    const old = this.memo.get(index);
    this.memo.set(index, op);
    if (old !== undefined) this.interp.decref(old);
  }

  memoGet(index: number): void {
    const op = this.memo.get(index);
    if (op === undefined) throw this.error('UnpicklingError', `Memo value not found at index ${index}`);
    this.push(this.interp.ref(op));
  }

  text(b: Uint8Array, at: number, k: number): Ptr {
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
      if (this.pos >= this.buf.length) this.refillOpcode();
      const code = this.buf[this.pos++];
      switch (code) {
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
        case 0x8f: // EMPTY_SET
          this.push(n.set());
          break;
        case 0x61: // APPEND
          if (this.stack.length - 1 <= this.fence()) throw this.underflow();
          doAppend(this, this.stack.length - 1);
          break;
        case 0x65: // APPENDS
          doAppend(this, this.marker());
          break;
        case 0x73: // SETITEM
          doSetItems(this, this.stack.length - 2);
          break;
        case 0x75: // SETITEMS
          doSetItems(this, this.marker());
          break;
        case 0x90: // ADDITEMS
          doAddItems(this, this.marker());
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
        default:
          loadRareOpcode(this, code);
      }
    }
  }

  lineBytes(): Ptr {
    return this.n.bytes(this.readline());
  }

  decimal(line: Uint8Array): number {
    const text = String.fromCharCode(...line).trim();
    if (/^[-+]?\d+$/.test(text)) return Number(text);
    const v = this.helperOwned('_load_decimal', [this.n.bytes(line)]);
    try {
      return this.n.intSafe(v);
    } finally {
      this.interp.decref(v);
    }
  }

  pushLong(size: number): void {
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
}
