// The `zlib` module: compress/decompress, compressobj/decompressobj streams, crc32 and adler32,
// over pako's port of zlib (pinned; its deflate gives byte for byte what zlib 1.2.13 gives,
// which is what CPython here links). The streams' state lives on the JS side, in a table
// keyed by a small hidden heap object that the Python-level Compress/Decompress hold: its
// dealloc drops the state, so a stream dropped half-way frees its windows with it.
// https://docs.python.org/3.11/library/zlib.html

import adler32 from 'pako/lib/zlib/adler32.js';
import crc32 from 'pako/lib/zlib/crc32.js';
import * as deflater from 'pako/lib/zlib/deflate.js';
import * as inflater from 'pako/lib/zlib/inflate.js';
import ZStream from 'pako/lib/zlib/zstream.js';
import type { Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { DEFAULT_PY_SLOTS, PyErr } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import { PyException } from '../vm/exceptions.js';
import type { Interpreter } from '../vm/interp.js';
import { toBigIndex } from './numconv.js';
import { ZLIB_PY } from './zlib-py.js';

// zlib's return codes and flush modes.
const Z_OK = 0;
const Z_STREAM_END = 1;
const Z_NEED_DICT = 2;
const Z_STREAM_ERROR = -2;
const Z_DATA_ERROR = -3;
const Z_MEM_ERROR = -4;
const Z_BUF_ERROR = -5;
const Z_NO_FLUSH = 0;
const Z_SYNC_FLUSH = 2;
const Z_FINISH = 4;

/** Output is gathered in chunks of this many bytes (CPython's DEF_BUF_SIZE). */
const CHUNK = 16 * 1024;

/** One compression or decompression stream, and whether zlib still holds its state. */
interface Stream {
  strm: ZStream;
  deflating: boolean;
  live: boolean;
  zdict: Uint8Array | null;
}

/** The message zlib_error gives for code `err` (zlib's own message first, as CPython). */
function zlibMessage(strm: ZStream | null, err: number, what: string): string {
  let zmsg: string | null = strm !== null && strm.msg !== '' ? strm.msg : null;
  if (zmsg === null) {
    if (err === Z_BUF_ERROR) zmsg = 'incomplete or truncated stream';
    else if (err === Z_STREAM_ERROR) zmsg = 'inconsistent stream state';
    else if (err === Z_DATA_ERROR) zmsg = 'invalid input data';
  }
  return zmsg === null ? `Error ${err} ${what}` : `Error ${err} ${what}: ${zmsg}`;
}

/**
 * Collects output chunks and joins them once. More output than the heap could ever hold is a
 * MemoryError at once (`fail`), before a decompression bomb fills the host's memory.
 */
class Output {
  private readonly chunks: Uint8Array[] = [];
  length = 0;
  private readonly limit: number;
  private readonly fail: (bytes: number) => never;

  constructor(limit: number, fail: (bytes: number) => never) {
    this.limit = limit;
    this.fail = fail;
  }

  /** Gives `strm` a fresh output window of `size` bytes. */
  arrange(strm: ZStream, size: number): void {
    strm.output = new Uint8Array(size);
    strm.next_out = 0;
    strm.avail_out = size;
  }

  /** Keeps what zlib wrote into the current window. */
  keep(strm: ZStream): void {
    if (strm.output !== null && strm.next_out > 0) {
      this.chunks.push(strm.output.subarray(0, strm.next_out));
      this.length += strm.next_out;
      if (this.length > this.limit) this.fail(this.length);
    }
    strm.output = null;
  }

  /** The whole output. */
  join(): Uint8Array {
    if (this.chunks.length === 1) return this.chunks[0];
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** The bit-buffer fields of pako's deflate state that `flushBits` reads and writes. */
interface DeflateBits {
  pending: number;
  pending_out: number;
  pending_buf: Uint8Array;
  bi_buf: number;
  bi_valid: number;
}

/**
 * zlib's _tr_flush_bits at the end of a deflate call: zlib 1.2.13's flush_pending first moves
 * the whole bytes of the bit buffer to the pending output, which pako's port leaves out. The
 * stream is the same either way; this makes each compress() return the bytes zlib's does.
 */
function flushBits(strm: ZStream, out: Output): void {
  const s = strm.state as DeflateBits | null;
  if (s === null || s.pending !== 0) return;
  if (s.bi_valid === 16) {
    s.pending_buf[s.pending++] = s.bi_buf & 0xff;
    s.pending_buf[s.pending++] = (s.bi_buf >>> 8) & 0xff;
    s.bi_buf = 0;
    s.bi_valid = 0;
  } else if (s.bi_valid >= 8) {
    s.pending_buf[s.pending++] = s.bi_buf & 0xff;
    s.bi_buf >>= 8;
    s.bi_valid -= 8;
  }
  if (s.pending === 0) return;
  out.arrange(strm, s.pending);
  (strm.output as Uint8Array).set(s.pending_buf.subarray(0, s.pending));
  strm.next_out = s.pending;
  strm.total_out += s.pending;
  strm.avail_out = 0;
  s.pending = 0;
  s.pending_out = 0;
  out.keep(strm);
}

/**
 * deflateCopy / inflateCopy, which pako leaves out: a stream whose state is a deep copy of
 * `strm`'s. Byte arrays are copied once each (so the tree descriptors and the decoding tables
 * that point into the state's own arrays point into the copies); the back pointer to the
 * stream is the new stream; other objects (static tree descriptions, a gzip header record)
 * are shared, as zlib's copy shares them.
 */
function copyStream(strm: ZStream): ZStream {
  const twin = new ZStream();
  Object.assign(twin, strm);
  twin.input = null;
  twin.output = null;
  const copies = new Map<object, object>();
  const copyValue = (v: unknown): unknown => {
    if (v === strm) return twin;
    if (ArrayBuffer.isView(v) || Array.isArray(v)) {
      let c = copies.get(v);
      if (c === undefined) {
        c = (v as Uint8Array).slice();
        copies.set(v, c);
      }
      return c;
    }
    if (v !== null && typeof v === 'object' && 'dyn_tree' in v) {
      const desc = Object.create(Object.getPrototypeOf(v)) as Record<string, unknown>;
      for (const [k, x] of Object.entries(v)) desc[k] = k === 'dyn_tree' ? copyValue(x) : x;
      return desc;
    }
    return v;
  };
  const state = strm.state as Record<string, unknown>;
  const copy = Object.create(Object.getPrototypeOf(state)) as Record<string, unknown>;
  for (const [k, v] of Object.entries(state)) copy[k] = copyValue(v);
  twin.state = copy;
  return twin;
}

/** Points `strm`'s input at `data`. */
function setInput(strm: ZStream, data: Uint8Array): void {
  strm.input = data;
  strm.next_in = 0;
  strm.avail_in = data.length;
}

/** Fills the zlib module. */
export function initZlibModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  const space = interp.space;
  const rt = space.rt;
  const streams = new Map<number, Stream>();
  const streamType = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'zlib._stream',
    basicsize: 16,
    dealloc: (op) => {
      const s = streams.get(op);
      if (s?.live) {
        if (s.deflating) deflater.deflateEnd(s.strm);
        else inflater.inflateEnd(s.strm);
      }
      streams.delete(op);
      rt.objectFree(op);
    },
  });
  const newOutput = () => new Output(rt.mem.capacity, (bytes) => rt.noMemory(bytes));
  const streamOf = (op: Ptr): Stream => {
    const s = rt.typeObject(op) === streamType ? streams.get(op) : undefined;
    if (s === undefined) throw new PyErr('TypeError', 'expected a zlib stream');
    return s;
  };
  const newStream = (s: Stream): Ptr => {
    const op = rt.objectNew(streamType, 16);
    streams.set(op, s);
    return op;
  };
  const buffer = (x: Ptr): Uint8Array => {
    if (n.isBytes(x)) return n.bytesValue(x);
    if (O.bytearray_check(space, x)) return O.bytearray_toU8(space, x).slice();
    const b = interp.bufferBytes(x);
    if (b !== null) return b;
    throw new PyErr('TypeError', `a bytes-like object is required, not '${space.typeName(x)}'`);
  };
  const int = (x: Ptr): number => n.intSafe(x);
  const bytesOrNone = (x: Ptr): Uint8Array | null => (x === interp.none ? null : buffer(x));
  const def = (name: string, lo: number, hi: number, f: (a: Ptr[]) => Ptr) =>
    interp.defNative(dict, name, (_s, a, k) => {
      argCount(name, a, k, lo, hi);
      return f(a);
    });
  // zlib.error(message), made by calling the class (the Python layer defines it).
  const error = (message: string): PyException => {
    const text = n.str(message);
    try {
      return new PyException(interp.callBorrowed(n.dictGet(dict, n.intern('error')), [text]));
    } finally {
      interp.decref(text);
    }
  };

  def('crc32', 1, 2, (a) => {
    const data = buffer(a[0]);
    const start = a.length > 1 ? Number(BigInt.asUintN(32, toBigIndex(interp, a[1]))) : 0;
    return n.int(crc32(start, data, data.length, 0) >>> 0);
  });
  def('adler32', 1, 2, (a) => {
    const data = buffer(a[0]);
    const start = a.length > 1 ? Number(BigInt.asUintN(32, toBigIndex(interp, a[1]))) : 1;
    return n.int(adler32(start, data, data.length, 0) >>> 0);
  });

  // _deflate_new(level, method, wbits, memLevel, strategy, zdict or None): compressobj's stream.
  def('_deflate_new', 6, 6, (a) => {
    const strm = new ZStream();
    const err = deflater.deflateInit2(strm, int(a[0]), int(a[1]), int(a[2]), int(a[3]), int(a[4]));
    if (err === Z_MEM_ERROR) throw new PyErr('MemoryError', "Can't allocate memory for compression object");
    if (err === Z_STREAM_ERROR) throw new PyErr('ValueError', 'Invalid initialization option');
    if (err !== Z_OK) throw error(zlibMessage(strm, err, 'while creating compression object'));
    const zdict = bytesOrNone(a[5]);
    if (zdict !== null && deflater.deflateSetDictionary(strm, zdict) !== Z_OK) {
      deflater.deflateEnd(strm);
      throw new PyErr('ValueError', 'Invalid dictionary');
    }
    return newStream({ strm, deflating: true, live: true, zdict });
  });

  // _deflate(stream, data or None, mode, what): Compress.compress (data, Z_NO_FLUSH) and
  // Compress.flush (None, mode); deflate until zlib leaves room in the output window.
  def('_deflate', 4, 4, (a) => {
    const s = streamOf(a[0]);
    const mode = int(a[2]);
    const what = n.jsStr(a[3]);
    const strm = s.strm;
    if (!s.live) throw error(zlibMessage(null, Z_STREAM_ERROR, what));
    setInput(strm, a[1] === interp.none ? new Uint8Array(0) : buffer(a[1]));
    const out = newOutput();
    let err: number;
    do {
      out.arrange(strm, CHUNK);
      err = deflater.deflate(strm, mode);
      out.keep(strm);
      if (err === Z_STREAM_ERROR) throw error(zlibMessage(strm, err, what));
    } while (strm.avail_out === 0);
    strm.input = null;
    if (err !== Z_STREAM_END) flushBits(strm, out);
    if (mode === Z_FINISH && err === Z_STREAM_END) {
      deflater.deflateEnd(strm);
      s.live = false;
    } else if (a[1] === interp.none && err !== Z_OK && err !== Z_BUF_ERROR) {
      throw error(zlibMessage(strm, err, what));
    }
    return n.bytes(out.join());
  });

  // _inflate_new(wbits, zdict or None): decompressobj's stream (a raw stream takes its
  // dictionary at once; a zlib one when it asks for it).
  def('_inflate_new', 2, 2, (a) => {
    const strm = new ZStream();
    const wbits = int(a[0]);
    const err = inflater.inflateInit2(strm, wbits);
    if (err === Z_STREAM_ERROR) throw new PyErr('ValueError', 'Invalid initialization option');
    if (err === Z_MEM_ERROR) throw new PyErr('MemoryError', "Can't allocate memory for decompression object");
    if (err !== Z_OK) throw error(zlibMessage(strm, err, 'while creating decompression object'));
    const zdict = bytesOrNone(a[1]);
    if (zdict !== null && wbits < 0) {
      const e = inflater.inflateSetDictionary(strm, zdict);
      if (e !== Z_OK) {
        inflater.inflateEnd(strm);
        throw error(zlibMessage(strm, e, 'while setting zdict'));
      }
    }
    return newStream({ strm, deflating: false, live: true, zdict });
  });

  // _inflate(stream, data, max_length, flushing): one Decompress.decompress (Z_SYNC_FLUSH,
  // at most max_length bytes when it is > 0) or Decompress.flush (Z_FINISH, windows of
  // max_length bytes). Returns (output, err, the input not consumed, zlib's message).
  def('_inflate', 4, 4, (a) => {
    const s = streamOf(a[0]);
    const data = buffer(a[1]);
    const limit = int(a[2]);
    const flushing = interp.truthy(a[3]);
    const strm = s.strm;
    const out = newOutput();
    let err = Z_OK;
    let message = '';
    if (!s.live) {
      err = Z_STREAM_ERROR;
    } else {
      setInput(strm, data);
      strm.msg = '';
      for (;;) {
        let size = flushing ? limit : CHUNK;
        if (!flushing && limit > 0) {
          size = Math.min(CHUNK, limit - out.length);
          if (size === 0) break;
        }
        out.arrange(strm, size);
        err = inflater.inflate(strm, flushing ? Z_FINISH : Z_SYNC_FLUSH);
        out.keep(strm);
        if (err === Z_NEED_DICT && s.zdict !== null) {
          const e = inflater.inflateSetDictionary(strm, s.zdict);
          if (e !== Z_OK) throw error(zlibMessage(strm, e, 'while setting zdict'));
          continue;
        }
        if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) break;
        if (strm.avail_out !== 0 || err === Z_STREAM_END) break;
      }
      message = strm.msg;
      if (flushing && err === Z_STREAM_END) {
        inflater.inflateEnd(strm);
        s.live = false;
      }
    }
    const left = data.subarray(s.live || err === Z_STREAM_END ? strm.next_in : 0);
    strm.input = null;
    return n.tuple([n.bytes(out.join()), n.int(err), n.bytes(left.slice()), n.str(message)]);
  });

  // _copy(stream): Compress.copy / Decompress.copy's new stream.
  def('_copy', 1, 1, (a) => {
    const s = streamOf(a[0]);
    if (!s.live) throw new PyErr('ValueError', 'Inconsistent stream state');
    return newStream({ ...s, strm: copyStream(s.strm) });
  });

  // _message(err, msg, what): zlib_error's text for a code and zlib's message ('' for none).
  def('_message', 3, 3, (a) => {
    const strm = new ZStream();
    strm.msg = n.jsStr(a[1]);
    return n.str(zlibMessage(strm, int(a[0]), n.jsStr(a[2])));
  });

  // _decompress(data, wbits, bufsize): zlib.decompress, the whole stream in one go.
  def('_decompress', 3, 3, (a) => {
    const data = buffer(a[0]);
    const strm = new ZStream();
    let err = inflater.inflateInit2(strm, int(a[1]));
    if (err === Z_MEM_ERROR) throw new PyErr('MemoryError', 'Out of memory while decompressing data');
    if (err !== Z_OK) {
      inflater.inflateEnd(strm);
      throw error(zlibMessage(strm, err, 'while preparing to decompress data'));
    }
    setInput(strm, data);
    const out = newOutput();
    const size = Math.max(int(a[2]), 1);
    do {
      out.arrange(strm, size);
      err = inflater.inflate(strm, Z_FINISH);
      out.keep(strm);
      if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) break;
    } while (strm.avail_out === 0 && err !== Z_STREAM_END);
    inflater.inflateEnd(strm);
    if (err !== Z_STREAM_END) throw error(zlibMessage(strm, err, 'while decompressing data'));
    return n.bytes(out.join());
  });

  // _compress(data, level, wbits): zlib.compress, one deflate with Z_FINISH.
  def('_compress', 3, 3, (a) => {
    const data = buffer(a[0]);
    const strm = new ZStream();
    const err = deflater.deflateInit2(strm, int(a[1]), 8, int(a[2]), 8, 0);
    if (err === Z_MEM_ERROR) throw new PyErr('MemoryError', 'Out of memory while compressing data');
    if (err === Z_STREAM_ERROR) throw error('Bad compression level');
    if (err !== Z_OK) throw error(zlibMessage(strm, err, 'while compressing data'));
    setInput(strm, data);
    const out = newOutput();
    let e: number;
    do {
      out.arrange(strm, CHUNK);
      e = deflater.deflate(strm, Z_FINISH);
      out.keep(strm);
    } while (e !== Z_STREAM_END && e !== Z_STREAM_ERROR);
    deflater.deflateEnd(strm);
    if (e !== Z_STREAM_END) throw error(zlibMessage(strm, e, 'while compressing data'));
    return n.bytes(out.join());
  });

  for (const [name, v] of Object.entries({ Z_NO_FLUSH, Z_SYNC_FLUSH, Z_FINISH })) {
    const i = n.int(v);
    n.dictSet(dict, n.intern(name), i);
    interp.decref(i);
  }
  interp.runPythonInto(ZLIB_PY, '<frozen zlib>', dict);
}
