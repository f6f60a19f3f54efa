// The pickler's output buffer (_pickle.c's output_buffer with frame_start): opcodes gather
// in one growing byte array; with framing (protocol 4+) each run of opcodes sits in a frame
// whose 9-byte FRAME header is reserved when the frame opens and filled in (or squeezed
// out, for frames under 4 bytes) when it is committed at an opcode boundary past 64 KiB.
// Payloads of 64 KiB or more bypass the frames: with a file they go to write() on their own.

import { NULL, type Ptr } from '../../heap/index.js';
import type { Interpreter } from '../vm/interp.js';

/** FRAME_SIZE_TARGET: frames are committed once they pass this many bytes. */
export const FRAME_SIZE_TARGET = 64 * 1024;
const FRAME_HEADER_SIZE = 9;
const FRAME = 0x95;

/** One dump's output: bytes, the open frame, and the file's write() (NULL for dumps()). */
export class PickleOutput {
  buf = new Uint8Array(4096);
  len = 0;
  /** Where the open frame's header was reserved, or -1 when no frame is open. */
  frameStart = -1;

  constructor(
    private readonly interp: Interpreter,
    public framing: boolean,
    /** The file's write (borrowed), or NULL when the pickle is returned as bytes. */
    private readonly fileWrite: Ptr,
  ) {}

  // _Pickler_Write's growth and the frame header reserved by the first write of a frame.
  private room(n: number): void {
    if (this.framing && this.frameStart === -1) {
      this.frameStart = this.len;
      this.grow(FRAME_HEADER_SIZE);
      this.len += FRAME_HEADER_SIZE;
    }
    this.grow(n);
  }

  private grow(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.buf.subarray(0, this.len));
    this.buf = bigger;
  }

  /** Writes one byte. */
  op(b: number): void {
    this.room(1);
    this.buf[this.len++] = b;
  }

  /** Writes two bytes. */
  op2(a: number, b: number): void {
    this.room(2);
    this.buf[this.len++] = a;
    this.buf[this.len++] = b;
  }

  /** Writes `b` then `n` as a little-endian unsigned integer of `width` bytes. */
  opInt(b: number, n: number, width: number): void {
    this.room(width + 1);
    const buf = this.buf;
    buf[this.len++] = b;
    for (let i = 0; i < width; i++) {
      buf[this.len++] = n % 256;
      n = Math.floor(n / 256);
    }
  }

  /** Writes bytes. */
  bytes(data: ArrayLike<number>): void {
    this.room(data.length);
    this.buf.set(data, this.len);
    this.len += data.length;
  }

  /** Writes ASCII text. */
  ascii(s: string): void {
    this.room(s.length);
    const buf = this.buf;
    for (let i = 0; i < s.length; i++) buf[this.len++] = s.charCodeAt(i);
  }

  /** _Pickler_CommitFrame: fills in the open frame's header, or removes it under 4 bytes. */
  commitFrame(): void {
    if (!this.framing || this.frameStart === -1) return;
    const start = this.frameStart;
    const frameLen = this.len - start - FRAME_HEADER_SIZE;
    if (frameLen >= 4) {
      const buf = this.buf;
      buf[start] = FRAME;
      let n = frameLen;
      for (let i = 1; i < FRAME_HEADER_SIZE; i++) {
        buf[start + i] = n % 256;
        n = Math.floor(n / 256);
      }
    } else {
      this.buf.copyWithin(start, start + FRAME_HEADER_SIZE, this.len);
      this.len -= FRAME_HEADER_SIZE;
    }
    this.frameStart = -1;
  }

  /** _Pickler_OpcodeBoundary: commits a frame past 64 KiB (and with a file, sends it). */
  boundary(): void {
    if (!this.framing || this.frameStart === -1) return;
    if (this.len - this.frameStart - FRAME_HEADER_SIZE < FRAME_SIZE_TARGET) return;
    this.commitFrame();
    if (this.fileWrite !== NULL) this.flush();
  }

  /**
   * _Pickler_write_bytes: a header and its payload (`data`; `payload` the same bytes as an
   * object, or NULL), the payload outside any frame and, with a file, written on its own
   * when it is 64 KiB or more.
   */
  writeLarge(header: ArrayLike<number>, data: Uint8Array, payload: Ptr): void {
    const bypass = data.length >= FRAME_SIZE_TARGET;
    const framing = this.framing;
    if (bypass) {
      this.commitFrame();
      this.framing = false;
    }
    this.bytes(header);
    if (bypass && this.fileWrite !== NULL) {
      this.flush();
      const interp = this.interp;
      const made = payload === NULL ? interp.n.bytes(data) : NULL;
      try {
        interp.decref(interp.callBorrowed(this.fileWrite, [made === NULL ? payload : made]));
      } finally {
        if (made !== NULL) interp.decref(made);
      }
    } else this.bytes(data);
    this.framing = framing;
  }

  /** _Pickler_FlushToFile then _Pickler_ClearBuffer: write() gets the bytes so far. */
  flush(): void {
    const interp = this.interp;
    const data = this.take();
    try {
      interp.decref(interp.callBorrowed(this.fileWrite, [data]));
    } finally {
      interp.decref(data);
    }
  }

  /** The bytes written so far as a bytes object (new reference); the buffer starts over. */
  take(): Ptr {
    const data = this.interp.n.bytes(this.buf.subarray(0, this.len));
    this.len = 0;
    this.frameStart = -1;
    return data;
  }
}
