// Heap events: what the allocator tells an observer (the tests' sanitizer, traces, the playground).
import type { Ptr } from './memory.js';

/** Which allocator domain a block belongs to: pymalloc (object) or raw. */
export type Domain = 'object' | 'raw';

/** Optional observers of allocator events; every hook defaults to none. */
export interface HeapHooks {
  /** A block of `size` requested bytes was handed out at `p`. */
  alloc?(p: Ptr, size: number, domain: Domain): void;
  /** The block at `p` was given back. */
  free?(p: Ptr, domain: Domain): void;
  /** The block at `p` was resized to `size` bytes and now lives at `q` (maybe `p`). */
  realloc?(p: Ptr, q: Ptr, size: number, domain: Domain): void;
  /**
   * The object whose block starts at `p` was taken from a free list instead of allocated
   * (_Py_NewReference): tracemalloc gives its trace the current traceback.
   */
  newReference?(p: Ptr): void;
  /** A new 1 MiB arena was taken from the raw allocator at `address`. */
  arenaNew?(address: Ptr): void;
  /** The arena at `address` went back to the raw allocator. */
  arenaFree?(address: Ptr): void;
}
