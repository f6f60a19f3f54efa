// The private heap: one fixed-length ArrayBuffer and every typed-array view over it.
//
// A pointer is a byte offset into the buffer (a branded number); 0 is NULL. CPython's
// structs are laid out for 64-bit, so a field is usually 8 bytes wide; pymm keeps values
// below 2^32 in the low (first, little-endian) half of such a field, read as
// `u32[(p + FIELD) >>> 2]`. Because a heap is at most 4 GiB, every pointer fits.
//
// The buffer is reserved at its full capacity up front: Node commits pages only when they
// are touched, so a 1 GiB reservation costs nothing resident. Where a host refuses a big
// reservation (a browser tab), the memory starts small and `grow()` copies it into a
// bigger fixed buffer. A resizable ArrayBuffer is never used: views of a growable buffer
// measured 2.5–5× slower on Node 20. After a growth every view is new, so code must read
// `mem.u32` afresh after anything that may allocate, never keep a view of its own.
//
// The buffer is a SharedArrayBuffer where the host has one, shared with no one: V8 counts
// an ArrayBuffer's bytes as external memory, so reserving 1 GiB set off a full collection
// of the JS heap at once (4–7 ms of every start-up); a SharedArrayBuffer's bytes are not
// counted, and typed-array access through either measured the same.

/** A byte offset into the heap; 0 is NULL. */
export type Ptr = number & { readonly __brand: 'Ptr' };

/** The NULL pointer. */
export const NULL = 0 as Ptr;

/** Largest heap Node 20 can address in one ArrayBuffer (4 GiB). */
export const MAX_CAPACITY = 4 * 1024 * 1024 * 1024;

/** Default heap capacity: 1 GiB. */
export const DEFAULT_CAPACITY = 1024 * 1024 * 1024;

/** Size a heap starts at when its capacity could not be reserved up front. */
export const FALLBACK_INITIAL_SIZE = 16 * 1024 * 1024;

/** Thrown when a request cannot be met within the heap's capacity; becomes Python's MemoryError. */
export class HeapExhausted extends Error {
  /** Bytes that were asked for. */
  readonly requested: number;
  constructor(requested: number, capacity: number) {
    super(`heap exhausted: cannot allocate ${requested} bytes within a capacity of ${capacity} bytes`);
    this.name = 'HeapExhausted';
    this.requested = requested;
  }
}

/** Thrown for a call that would corrupt the heap: a bad free, a double free, a bad size. */
export class HeapCorruption extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HeapCorruption';
  }
}

/** Rounds `n` up to a multiple of `align` (a power of two). */
export function roundUp(n: number, align: number): number {
  return Math.ceil(n / align) * align;
}

/** The ArrayBuffer heap and its views; the only module that creates typed arrays over it. */
export class Memory {
  /** The bytes of the heap. */
  buffer!: ArrayBuffer | SharedArrayBuffer;
  /** Byte view. */
  u8!: Uint8Array;
  /** Unsigned 32-bit view: `u32[p >>> 2]`. */
  u32!: Uint32Array;
  /** Signed 32-bit view: `i32[p >>> 2]`. */
  i32!: Int32Array;
  /** Float view: `f64[p >>> 3]`. */
  f64!: Float64Array;
  /** Bytes currently addressable (`buffer.byteLength`). */
  size!: number;
  /** Largest size this memory may grow to. */
  readonly capacity: number;
  /** Called after every growth, with the new size. */
  onGrow: ((size: number) => void) | null = null;

  /** Reserves `capacity` bytes, or starts at `initialSize` if given or if the reservation fails. */
  constructor(capacity: number = DEFAULT_CAPACITY, initialSize?: number) {
    if (!Number.isInteger(capacity) || capacity < 1 << 20 || capacity > MAX_CAPACITY) {
      throw new RangeError(`heap capacity must be an integer between 1 MiB and 4 GiB, got ${capacity}`);
    }
    this.capacity = Math.min(roundUp(capacity, 16), MAX_CAPACITY);
    const size =
      initialSize === undefined ? this.capacity : Math.min(roundUp(initialSize, 16), this.capacity);
    let buffer: ArrayBuffer | SharedArrayBuffer;
    try {
      buffer = reserve(size);
    } catch {
      buffer = reserve(Math.min(FALLBACK_INITIAL_SIZE, this.capacity));
    }
    this.setBuffer(buffer);
  }

  /** Copies the heap into a bigger buffer of at least `minSize` bytes; false if the capacity forbids it. */
  grow(minSize: number): boolean {
    if (minSize <= this.size) return true;
    if (minSize > this.capacity) return false;
    let size = this.size;
    while (size < minSize) size *= 2;
    size = Math.min(roundUp(size, 16), this.capacity);
    let buffer: ArrayBuffer | SharedArrayBuffer;
    try {
      buffer = reserve(size);
    } catch {
      return false;
    }
    new Uint8Array(buffer).set(this.u8);
    this.setBuffer(buffer);
    this.onGrow?.(size);
    return true;
  }

  /** Makes `buffer` the heap and every view a view of it. */
  private setBuffer(buffer: ArrayBuffer | SharedArrayBuffer): void {
    this.buffer = buffer;
    this.size = buffer.byteLength;
    this.u8 = new Uint8Array(buffer);
    this.u32 = new Uint32Array(buffer);
    this.i32 = new Int32Array(buffer);
    this.f64 = new Float64Array(buffer);
  }
}

// A zeroed buffer of `size` bytes: shared where the host allows it (see the header).
function reserve(size: number): ArrayBuffer | SharedArrayBuffer {
  return typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(size) : new ArrayBuffer(size);
}
