// The heap: CPython's allocator domains over one Memory.
//
// Static area (the C globals CPython keeps outside the heap, here inside it):
//
//   +0    ┌────────────────────────────────────┐
//         │ NULL guard: never handed out       │
//   +32   ├────────────────────────────────────┤
//         │ usedpools: 32 × (nextpool,prevpool)│  512 bytes
//   +544  ╞════════════════════════════════════╡
//         │ raw allocator region …             │  arenas, arena vector, big blocks
//         └────────────────────────────────────┘
//
// The object domain (PyObject_Malloc and friends) goes to pymalloc for 1..512 bytes and to
// the raw allocator otherwise, or when no arena can be had. The raw domain (PyMem_Raw*)
// always goes to the raw allocator. Memory is not zeroed, except by calloc.

import { checkHeap } from './check.js';
import type { HeapHooks } from './events.js';
import { DEFAULT_CAPACITY, HeapCorruption, HeapExhausted, Memory, NULL, type Ptr } from './memory.js';
import { Pymalloc, USEDPOOLS_SIZE } from './obmalloc.js';
import { POOL_MASK, POOL_OVERHEAD, POOL_SZIDX, SMALL_REQUEST_THRESHOLD } from './pool.js';
import { RawAllocator } from './raw.js';
import { collectStats, formatDebugMallocStats, type HeapStats } from './stats.js';

/** Address of usedpools in the static area. */
export const USEDPOOLS_ADDRESS = 32;
/** First byte of the raw allocator's region. */
export const RAW_REGION_START = USEDPOOLS_ADDRESS + USEDPOOLS_SIZE;

/** How to build a heap. */
export interface HeapOptions {
  /** Largest size in bytes the heap may reach (default 1 GiB, at most 4 GiB). */
  capacity?: number;
  /** Start this small and grow by copying (default: reserve the capacity at once). */
  initialSize?: number;
  /** Check every free against a map of live blocks (double free, wild pointers). */
  checked?: boolean;
  /** Event observers. */
  hooks?: HeapHooks;
}

/** A pymm heap: PyObject_Malloc/Realloc/Free, PyMem_Raw*, stats and checks over one ArrayBuffer. */
export class Heap {
  readonly mem: Memory;
  readonly raw: RawAllocator;
  readonly pymalloc: Pymalloc;
  /** Whether every free is checked against the live-block map. */
  readonly checked: boolean;
  /** Object-domain blocks that live in the raw allocator: raw_allocated_blocks. */
  rawAllocatedBlocks = 0;
  private hooks: HeapHooks | null = null;
  /** True when calls must take the slow path (checked mode or hooks). */
  private observed = false;
  /** Checked mode: one bit per 16 bytes, set at the start of every live pymalloc block. */
  private live: Uint32Array | null = null;

  /** Makes an empty heap. */
  constructor(options: HeapOptions = {}) {
    this.mem = new Memory(options.capacity ?? DEFAULT_CAPACITY, options.initialSize);
    this.raw = new RawAllocator(this.mem, RAW_REGION_START);
    this.pymalloc = new Pymalloc(this.mem, this.raw, USEDPOOLS_ADDRESS);
    this.checked = options.checked ?? false;
    if (this.checked) this.live = new Uint32Array(Math.ceil(this.mem.capacity / 16 / 32));
    this.setHooks(options.hooks ?? null);
  }

  /** The installed event observers, or null. */
  getHooks(): HeapHooks | null {
    return this.hooks;
  }

  /** Installs (or with null removes) event observers. */
  setHooks(hooks: HeapHooks | null): void {
    this.hooks = hooks;
    this.pymalloc.hooks = hooks;
    this.observed = this.checked || hooks !== null;
  }

  /** Allocates `n` bytes in the object domain: PyObject_Malloc. Throws HeapExhausted. */
  malloc(n: number): Ptr {
    // 512 is SMALL_REQUEST_THRESHOLD, written out: V8 reads an imported constant on every call.
    if (n <= 512 && n > 0 && !this.observed) {
      const p = this.pymalloc.alloc(n);
      if (p !== 0) return p;
    }
    return this.mallocSlow(n);
  }

  /** Tells the observers that the object at block `p` was reused from a free list (_Py_NewReference). */
  newReference(p: number): void {
    this.hooks?.newReference?.(p as Ptr);
  }

  /** Frees an object-domain block (NULL is ignored): PyObject_Free. */
  free(p: Ptr): void {
    if (!this.observed && this.pymalloc.free(p)) return;
    this.freeSlow(p);
  }

  /** Allocates `nelem * elsize` zeroed bytes in the object domain: PyObject_Calloc. */
  calloc(nelem: number, elsize: number): Ptr {
    const n = nelem * elsize;
    checkSize(n, 'calloc');
    const p = this.malloc(n);
    this.mem.u8.fill(0, p, p + n);
    return p;
  }

  /** Resizes an object-domain block, moving it if needed: PyObject_Realloc. */
  realloc(p: Ptr, n: number): Ptr {
    if (p === NULL) return this.malloc(n);
    checkSize(n, 'realloc');
    if (this.pymalloc.map.contains(p)) {
      if (this.live !== null) this.checkLive(p, 'realloc');
      let size = this.pymalloc.blockSize(p);
      if (n <= size) {
        // Shrinking by less than a quarter keeps the block.
        if (4 * n > 3 * size) {
          this.hooks?.realloc?.(p, p, n, 'object');
          return p;
        }
        size = n;
      }
      // Observers see one realloc event, as CPython's hooks see one PyObject_Realloc call.
      const hooks = this.hooks;
      const q = hooks === null ? this.malloc(n) : this.mallocBlock(n);
      this.mem.u8.copyWithin(q, p, p + size);
      if (hooks === null) {
        this.free(p);
      } else {
        this.freeBlock(p);
        hooks.realloc?.(p, q, n, 'object');
      }
      return q;
    }
    const q = this.raw.realloc(p, n);
    if (q === NULL) throw new HeapExhausted(n, this.mem.capacity);
    this.hooks?.realloc?.(p, q, n, 'object');
    return q;
  }

  /** Allocates `n` bytes in the raw domain (0 counts as 1): PyMem_RawMalloc. */
  rawMalloc(n: number): Ptr {
    checkSize(n, 'rawMalloc');
    const p = this.raw.malloc(n);
    if (p === NULL) throw new HeapExhausted(n, this.mem.capacity);
    this.hooks?.alloc?.(p, n, 'raw');
    return p;
  }

  /** Allocates `nelem * elsize` zeroed bytes in the raw domain: PyMem_RawCalloc. */
  rawCalloc(nelem: number, elsize: number): Ptr {
    const n = nelem * elsize;
    const p = this.rawMalloc(n);
    this.mem.u8.fill(0, p, p + n);
    return p;
  }

  /** Resizes a raw-domain block: PyMem_RawRealloc. */
  rawRealloc(p: Ptr, n: number): Ptr {
    if (p === NULL) return this.rawMalloc(n);
    checkSize(n, 'rawRealloc');
    const q = this.raw.realloc(p, n);
    if (q === NULL) throw new HeapExhausted(n, this.mem.capacity);
    this.hooks?.realloc?.(p, q, n, 'raw');
    return q;
  }

  /** Frees a raw-domain block (NULL is ignored): PyMem_RawFree. */
  rawFree(p: Ptr): void {
    if (p === NULL) return;
    this.raw.free(p);
    this.hooks?.free?.(p, 'raw');
  }

  /** True if `p` is inside a pymalloc arena: address_in_range. */
  isPymalloc(p: Ptr): boolean {
    return this.pymalloc.map.contains(p);
  }

  /** Usable bytes of the object-domain block at `p`. */
  usableSize(p: Ptr): number {
    return this.isPymalloc(p) ? this.pymalloc.blockSize(p) : this.raw.usableSize(p);
  }

  /** Blocks allocated in the object domain: sys.getallocatedblocks(). */
  allocatedBlocks(): number {
    return this.rawAllocatedBlocks + collectStats(this).classes.reduce((n, c) => n + c.blocksInUse, 0);
  }

  /** Exact allocator statistics, as JSON-ready data. */
  stats(): HeapStats {
    return collectStats(this);
  }

  /** The text of sys._debugmallocstats(), followed by `extra` lines (e.g. free lists). */
  debugMallocStats(extra: readonly string[] = []): string {
    return formatDebugMallocStats(collectStats(this), extra);
  }

  /** Walks every arena, pool, free list and raw block and throws HeapCorruption on a broken invariant. */
  checkHeap(): void {
    checkHeap(this, this.live);
  }

  private mallocSlow(n: number): Ptr {
    const p = this.mallocBlock(n);
    this.hooks?.alloc?.(p, n, 'object');
    return p;
  }

  // The object-domain allocation itself (checked mode included), without the alloc event.
  private mallocBlock(n: number): Ptr {
    checkSize(n, 'malloc');
    let p = NULL;
    if (n > 0 && n <= SMALL_REQUEST_THRESHOLD) p = this.pymalloc.alloc(n);
    if (p === NULL) {
      p = this.raw.malloc(n);
      if (p === NULL) throw new HeapExhausted(n, this.mem.capacity);
      this.rawAllocatedBlocks++;
    } else if (this.live !== null) {
      this.live[p >>> 9] |= 1 << ((p >>> 4) & 31);
    }
    return p;
  }

  private freeSlow(p: Ptr): void {
    if (p === NULL) return;
    this.freeBlock(p);
    this.hooks?.free?.(p, 'object');
  }

  // The object-domain free itself (checked mode included), without the free event.
  private freeBlock(p: Ptr): void {
    if (this.pymalloc.map.contains(p)) {
      if (this.live !== null) {
        this.checkLive(p, 'free');
        this.live[p >>> 9] &= ~(1 << ((p >>> 4) & 31));
      }
      this.pymalloc.free(p);
    } else {
      this.raw.free(p);
      this.rawAllocatedBlocks--;
    }
  }

  private checkLive(p: Ptr, what: string): void {
    const pool = p - (p & POOL_MASK);
    const size = (this.mem.u32[(pool + POOL_SZIDX) >>> 2] + 1) << 4;
    const aligned = p - pool >= POOL_OVERHEAD && (p - pool - POOL_OVERHEAD) % size === 0;
    if (!aligned) {
      throw new HeapCorruption(`${what}(0x${p.toString(16)}): pointer was not returned by the allocator`);
    }
    if ((this.live![p >>> 9] & (1 << ((p >>> 4) & 31))) === 0) {
      throw new HeapCorruption(`${what}(0x${p.toString(16)}): double free — the small block is not in use`);
    }
  }

  /** Called by the checker: is the live bit of `p` set (checked mode only)? */
  isLiveBlock(p: number): boolean {
    return this.live === null || (this.live[p >>> 9] & (1 << ((p >>> 4) & 31))) !== 0;
  }
}

/** Throws for a size that is not a non-negative integer; HeapExhausted past 4 GiB. */
function checkSize(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`${what}(${n}): size must be a non-negative integer`);
  }
  if (n > 2 ** 32) throw new HeapExhausted(n, 2 ** 32);
}
