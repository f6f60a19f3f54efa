// pymalloc, CPython 3.11's small-object allocator (Objects/obmalloc.c), over the heap.
//
// Requests of 1..512 bytes are served from pools of one size class; pools come from 1 MiB
// arenas that the raw allocator provides. A used pool sits on the ring of its size class,
// usedpools[szidx]; allocation pops the pool's free list, or carves the next never-used
// block; freeing pushes the block back (LIFO, so a freed address is the next one reused).
// A pool that empties goes to its arena's free pools; an arena whose pools are all empty
// goes back to the raw allocator. There is no header on a block: the pool is found by
// masking the address, and whether an address is pymalloc's at all is one arena-map lookup.
//
// usedpools lives in the heap's static area as CPython lays it out: two words per size
// class, read as the nextpool/prevpool fields of a fake pool header 16 bytes below them,
// so an empty ring is a fake pool that points at itself and no list operation tests NULL.

import * as Arena from './arena.js';
import { ArenaMap } from './arena.js';
import type { HeapHooks } from './events.js';
import { HeapCorruption, type Memory, NULL, type Ptr } from './memory.js';
import * as Pool from './pool.js';
import type { RawAllocator } from './raw.js';

// The layout as literals: V8 does not fold constants imported from another module, and
// reads them on every use in the hot paths (the types make tsc check each against its source).
const AO_ADDRESS: typeof Arena.AO_ADDRESS = 0;
const AO_NEXTARENA: typeof Arena.AO_NEXTARENA = 32;
const AO_NFREEPOOLS: typeof Arena.AO_NFREEPOOLS = 16;
const AO_NTOTALPOOLS: typeof Arena.AO_NTOTALPOOLS = 20;
const AO_POOL_ADDRESS: typeof Arena.AO_POOL_ADDRESS = 8;
const AO_FREEPOOLS: typeof Arena.AO_FREEPOOLS = 24;
const ARENA_OBJECT_SIZE: typeof Arena.ARENA_OBJECT_SIZE = 48;
const ARENA_SIZE: typeof Arena.ARENA_SIZE = 1048576;
const INITIAL_ARENA_OBJECTS: typeof Arena.INITIAL_ARENA_OBJECTS = 16;
const MAX_POOLS_IN_ARENA: typeof Arena.MAX_POOLS_IN_ARENA = 64;
const DUMMY_SIZE_IDX: typeof Pool.DUMMY_SIZE_IDX = 0xffff;
const NB_SMALL_SIZE_CLASSES = 32;
const POOL_MASK = 16383;
const POOL_OVERHEAD: typeof Pool.POOL_OVERHEAD = 48;
const POOL_NEXTPOOL: typeof Pool.POOL_NEXTPOOL = 16;
const POOL_PREVPOOL: typeof Pool.POOL_PREVPOOL = 24;
const POOL_SIZE: typeof Pool.POOL_SIZE = 16384;
const POOL_SZIDX: typeof Pool.POOL_SZIDX = 36;
const SMALL_REQUEST_THRESHOLD: typeof Pool.SMALL_REQUEST_THRESHOLD = 512;
if (NB_SMALL_SIZE_CLASSES !== Pool.NB_SMALL_SIZE_CLASSES || POOL_MASK !== Pool.POOL_MASK) {
  throw new Error('obmalloc: layout literals disagree with pool.ts');
}

// Field offsets in 32-bit words, for the hot paths (m[(p >>> 2) + W]).
const P_REF = 0; // POOL_REF
const P_FREEBLOCK = 2; // POOL_FREEBLOCK
const P_NEXTPOOL = 4;
const P_PREVPOOL = 6;
const P_ARENAINDEX = 8; // POOL_ARENAINDEX
const P_SZIDX = 9;
const P_NEXTOFFSET = 10; // POOL_NEXTOFFSET
const P_MAXNEXTOFFSET = 11; // POOL_MAXNEXTOFFSET
const A_ADDRESS = 0;
const A_POOL_ADDRESS = 2;
const A_NFREEPOOLS = 4;
const A_NTOTALPOOLS = 5;
const A_FREEPOOLS = 6;
const A_NEXTARENA = 8;
const A_PREVARENA = 10; // AO_PREVARENA
if (
  P_FREEBLOCK !== Pool.POOL_FREEBLOCK >>> 2 ||
  P_ARENAINDEX !== Pool.POOL_ARENAINDEX >>> 2 ||
  P_NEXTOFFSET !== Pool.POOL_NEXTOFFSET >>> 2 ||
  P_MAXNEXTOFFSET !== Pool.POOL_MAXNEXTOFFSET >>> 2 ||
  P_REF !== Pool.POOL_REF >>> 2 ||
  A_PREVARENA !== Arena.AO_PREVARENA >>> 2
) {
  throw new Error('obmalloc: word offsets disagree with the layout');
}

/** Bytes of the usedpools array: two words per size class. */
export const USEDPOOLS_SIZE = 2 * 8 * NB_SMALL_SIZE_CLASSES;

/** The pymalloc allocator: pools, arenas and the usedpools rings. */
export class Pymalloc {
  readonly mem: Memory;
  readonly raw: RawAllocator;
  /** Address of usedpools[0] in the heap's static area. */
  readonly usedpools: number;
  /** Which addresses are inside an arena. */
  readonly map = new ArenaMap();
  /** Address of arena record 0 (the vector lives in the raw allocator); 0 before the first arena. */
  arenas = 0;
  /** Slots in the arena vector. */
  maxarenas = 0;
  /** Singly linked slots with no memory, ready for reuse. */
  unusedArenaObjects = 0;
  /** Arenas with a free pool, most used first. */
  usableArenas = 0;
  /** nfp2lasta[n]: the last arena on usable_arenas with exactly n free pools, or 0. */
  readonly nfp2lasta = new Int32Array(MAX_POOLS_IN_ARENA + 1);
  /** Arenas holding memory now. */
  narenasCurrentlyAllocated = 0;
  /** Arenas ever allocated. */
  ntimesArenaAllocated = 0;
  /** Most arenas ever held at once. */
  narenasHighwater = 0;
  /** Hooks for arena events, or null. */
  hooks: HeapHooks | null = null;

  /** Sets up empty usedpools rings at `usedpools` (USEDPOOLS_SIZE bytes of the static area). */
  constructor(mem: Memory, raw: RawAllocator, usedpools: number) {
    this.mem = mem;
    this.raw = raw;
    this.usedpools = usedpools;
    const m = mem.i32;
    for (let i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
      const fake = this.ringHead(i);
      m[(fake + POOL_NEXTPOOL) >>> 2] = fake;
      m[(fake + POOL_PREVPOOL) >>> 2] = fake;
    }
  }

  /** The fake pool header whose nextpool/prevpool are usedpools[2i], usedpools[2i+1]. */
  ringHead(i: number): number {
    return this.usedpools + i * 16 - 16;
  }

  /** Allocates 1..512 bytes; NULL if no arena can be had: pymalloc_alloc. */
  alloc(nbytes: number): Ptr {
    const size = (nbytes - 1) >>> 4;
    const m = this.mem.i32;
    const fake = this.usedpools + (size << 4) - 16;
    const pool = m[(fake + POOL_NEXTPOOL) >>> 2];
    if (pool !== fake) {
      // There is a used pool for this size class: pop its free list.
      const w = pool >>> 2;
      m[w]++;
      const bp = m[w + 2];
      const next = m[bp >>> 2];
      m[w + 2] = next;
      if (next === 0) this.extend(pool, size);
      return (bp >>> 0) as Ptr;
    }
    return this.allocateFromNewPool(size);
  }

  /** The free list just ran dry: carve the next virgin block, or retire the full pool: pymalloc_pool_extend. */
  private extend(pool: number, size: number): void {
    const m = this.mem.i32;
    const w = pool >>> 2;
    const nextoffset = m[w + 10];
    if (nextoffset <= m[w + 11]) {
      const bp = pool + nextoffset;
      m[w + 10] = nextoffset + ((size + 1) << 4);
      m[w + 2] = bp;
      m[bp >>> 2] = 0;
      return;
    }
    // The pool is full: unlink it from its ring.
    const next = m[w + 4];
    const prev = m[w + 6];
    m[(next + POOL_PREVPOOL) >>> 2] = prev;
    m[(prev + POOL_NEXTPOOL) >>> 2] = next;
  }

  /** Frees a pymalloc block; false if `p` is not inside an arena (the caller frees it raw): pymalloc_free. */
  free(p: number): boolean {
    if (!this.map.contains(p)) return false;
    const pool = p - (p & POOL_MASK);
    const m = this.mem.i32;
    const w = pool >>> 2;
    const lastfree = m[w + 2];
    if (m[w] === 0 || lastfree === (p | 0)) {
      throw new HeapCorruption(`free(0x${p.toString(16)}): double free of a small block`);
    }
    m[p >>> 2] = lastfree;
    m[w + 2] = p;
    const count = --m[w];
    if (lastfree === 0) {
      // The pool was full: put it at the front of its ring.
      this.insertToUsedpool(pool);
      return true;
    }
    if (count !== 0) return true;
    this.insertToFreepool(pool);
    return true;
  }

  /** Usable bytes of the pymalloc block at `p` (its size class). */
  blockSize(p: number): number {
    const pool = p - (p & POOL_MASK);
    return (this.mem.i32[(pool + POOL_SZIDX) >>> 2] + 1) << 4;
  }

  /** Links a pool that was full at the front of usedpools[szidx]: insert_to_usedpool. */
  private insertToUsedpool(pool: number): void {
    const m = this.mem.i32;
    const size = m[(pool + POOL_SZIDX) >>> 2];
    const head = this.usedpools + (size << 4) - 16;
    const next = m[(head + POOL_NEXTPOOL) >>> 2];
    m[(pool + POOL_NEXTPOOL) >>> 2] = next;
    m[(pool + POOL_PREVPOOL) >>> 2] = head;
    m[(next + POOL_PREVPOOL) >>> 2] = pool;
    m[(head + POOL_NEXTPOOL) >>> 2] = pool;
  }

  /** Files a pool that just emptied with its arena, and manages the arena: insert_to_freepool. */
  private insertToFreepool(pool: number): void {
    const m = this.mem.i32;
    const pw = pool >>> 2;
    const next = m[pw + P_NEXTPOOL];
    const prev = m[pw + P_PREVPOOL];
    m[(next >>> 2) + P_PREVPOOL] = prev;
    m[(prev >>> 2) + P_NEXTPOOL] = next;

    const ao = (this.arenas + m[pw + P_ARENAINDEX] * ARENA_OBJECT_SIZE) | 0;
    const aw = ao >>> 2;
    m[pw + P_NEXTPOOL] = m[aw + A_FREEPOOLS];
    m[aw + A_FREEPOOLS] = pool;

    const nfp2lasta = this.nfp2lasta;
    let nf = m[aw + A_NFREEPOOLS];
    const lastnf = nfp2lasta[nf];
    const prevarena = m[aw + A_PREVARENA];
    if (lastnf === ao) {
      // ao was the rightmost arena with nf free pools; its left neighbour may take over.
      nfp2lasta[nf] = prevarena !== 0 && m[(prevarena >>> 2) + A_NFREEPOOLS] === nf ? prevarena : 0;
    }
    nf++;
    m[aw + A_NFREEPOOLS] = nf;

    const nextarena = m[aw + A_NEXTARENA];
    if (nf === m[aw + A_NTOTALPOOLS] && nextarena !== 0) {
      // Case 1: every pool is empty and ao is not the last usable arena: free the arena.
      if (prevarena === 0) this.usableArenas = nextarena;
      else m[(prevarena >>> 2) + A_NEXTARENA] = nextarena;
      m[(nextarena >>> 2) + A_PREVARENA] = prevarena;
      m[aw + A_NEXTARENA] = this.unusedArenaObjects;
      this.unusedArenaObjects = ao;
      const address = m[aw + A_ADDRESS] >>> 0;
      this.map.mark(address, false);
      this.raw.free(address as Ptr);
      m[aw + A_ADDRESS] = 0;
      this.narenasCurrentlyAllocated--;
      this.hooks?.arenaFree?.(address as Ptr);
      return;
    }
    if (nf === 1) {
      // Case 2: the arena was full; it now has the fewest free pools: put it at the head.
      const head = this.usableArenas;
      m[aw + A_NEXTARENA] = head;
      m[aw + A_PREVARENA] = 0;
      if (head !== 0) m[(head >>> 2) + A_PREVARENA] = ao;
      this.usableArenas = ao;
      if (nfp2lasta[1] === 0) nfp2lasta[1] = ao;
      return;
    }
    if (nfp2lasta[nf] === 0) nfp2lasta[nf] = ao;
    // Case 3: ao was the last arena with nf-1 free pools, so the order still holds.
    if (ao === lastnf) return;
    // Case 4: move ao right, to just after the last arena with nf-1 free pools.
    if (prevarena !== 0) m[(prevarena >>> 2) + A_NEXTARENA] = nextarena;
    else this.usableArenas = nextarena;
    m[(nextarena >>> 2) + A_PREVARENA] = prevarena;
    const lw = lastnf >>> 2;
    const after = m[lw + A_NEXTARENA];
    m[aw + A_PREVARENA] = lastnf;
    m[aw + A_NEXTARENA] = after;
    if (after !== 0) m[(after >>> 2) + A_PREVARENA] = ao;
    m[lw + A_NEXTARENA] = ao;
  }

  /** No used pool of class `size`: take an empty pool from the fullest usable arenas: allocate_from_new_pool. */
  private allocateFromNewPool(size: number): Ptr {
    if (this.usableArenas === 0) {
      const ao = this.newArena();
      if (ao === 0) return NULL;
      this.usableArenas = ao;
      const m0 = this.mem.i32;
      m0[(ao >>> 2) + A_NEXTARENA] = 0;
      m0[(ao >>> 2) + A_PREVARENA] = 0;
      this.nfp2lasta[m0[(ao >>> 2) + A_NFREEPOOLS]] = ao;
    }
    const m = this.mem.i32;
    const nfp2lasta = this.nfp2lasta;
    const ao = this.usableArenas;
    const aw = ao >>> 2;
    const nf = m[aw + A_NFREEPOOLS];
    if (nfp2lasta[nf] === ao) nfp2lasta[nf] = 0;
    if (nf > 1) nfp2lasta[nf - 1] = ao;

    let pool = m[aw + A_FREEPOOLS];
    let pw = pool >>> 2;
    if (pool !== 0) {
      m[aw + A_FREEPOOLS] = m[pw + P_NEXTPOOL];
    } else {
      // Carve a new pool off the arena.
      pool = m[aw + A_POOL_ADDRESS];
      pw = pool >>> 2;
      m[pw + P_ARENAINDEX] = ((ao - this.arenas) | 0) / ARENA_OBJECT_SIZE;
      m[pw + P_SZIDX] = DUMMY_SIZE_IDX;
      m[aw + A_POOL_ADDRESS] = pool + POOL_SIZE;
    }
    m[aw + A_NFREEPOOLS] = nf - 1;
    if (nf === 1) {
      // The arena is wholly allocated: drop it from usable_arenas.
      const next = m[aw + A_NEXTARENA];
      this.usableArenas = next;
      if (next !== 0) m[(next >>> 2) + A_PREVARENA] = 0;
    }

    // Front-link the pool into its (empty) ring.
    const head = this.usedpools + (size << 4) - 16;
    const hw = head >>> 2;
    m[pw + P_NEXTPOOL] = head;
    m[pw + P_PREVPOOL] = head;
    m[hw + P_NEXTPOOL] = pool;
    m[hw + P_PREVPOOL] = pool;
    m[pw + P_REF] = 1;
    if (m[pw + P_SZIDX] === size) {
      // The pool held this size class before: its free list is still good.
      const bp = m[pw + P_FREEBLOCK];
      m[pw + P_FREEBLOCK] = m[bp >>> 2];
      return (bp >>> 0) as Ptr;
    }
    const blocksize = (size + 1) << 4;
    m[pw + P_SZIDX] = size;
    m[pw + P_NEXTOFFSET] = POOL_OVERHEAD + 2 * blocksize;
    m[pw + P_MAXNEXTOFFSET] = POOL_SIZE - blocksize;
    const second = pool + POOL_OVERHEAD + blocksize;
    m[pw + P_FREEBLOCK] = second;
    m[second >>> 2] = 0;
    return ((pool + POOL_OVERHEAD) >>> 0) as Ptr;
  }

  /** Gets an arena record and 1 MiB of memory for it; 0 if either cannot be had: new_arena. */
  private newArena(): number {
    if (this.unusedArenaObjects === 0) {
      const numarenas = this.maxarenas === 0 ? INITIAL_ARENA_OBJECTS : this.maxarenas * 2;
      const vector =
        this.arenas === 0
          ? this.raw.malloc(numarenas * ARENA_OBJECT_SIZE)
          : this.raw.realloc(this.arenas as Ptr, numarenas * ARENA_OBJECT_SIZE);
      if (vector === NULL) return 0;
      // No pointer into the vector is live here (no unused slot, no usable arena), so moving it is safe.
      this.arenas = vector;
      const m = this.mem.i32;
      for (let i = this.maxarenas; i < numarenas; i++) {
        const ao = vector + i * ARENA_OBJECT_SIZE;
        m[(ao + AO_ADDRESS) >>> 2] = 0;
        m[(ao + AO_NEXTARENA) >>> 2] = i < numarenas - 1 ? ao + ARENA_OBJECT_SIZE : 0;
      }
      this.unusedArenaObjects = (vector + this.maxarenas * ARENA_OBJECT_SIZE) | 0;
      this.maxarenas = numarenas;
    }
    const ao = this.unusedArenaObjects;
    const address = this.raw.malloc(ARENA_SIZE);
    if (address === NULL) return 0;
    const m = this.mem.i32;
    this.unusedArenaObjects = m[(ao + AO_NEXTARENA) >>> 2];
    this.map.mark(address, true);
    m[(ao + AO_ADDRESS) >>> 2] = address;
    this.narenasCurrentlyAllocated++;
    this.ntimesArenaAllocated++;
    if (this.narenasCurrentlyAllocated > this.narenasHighwater) {
      this.narenasHighwater = this.narenasCurrentlyAllocated;
    }
    m[(ao + AO_FREEPOOLS) >>> 2] = 0;
    let pools = MAX_POOLS_IN_ARENA;
    let first = address as number;
    const excess = address & POOL_MASK;
    if (excess !== 0) {
      // The base is not pool-aligned: one pool's worth is lost to alignment.
      pools--;
      first += POOL_SIZE - excess;
    }
    m[(ao + AO_NFREEPOOLS) >>> 2] = pools;
    m[(ao + AO_NTOTALPOOLS) >>> 2] = pools;
    m[(ao + AO_POOL_ADDRESS) >>> 2] = first;
    this.hooks?.arenaNew?.(address);
    return ao;
  }

  /** True if `n` bytes is a pymalloc request. */
  static isSmall(n: number): boolean {
    return n > 0 && n <= SMALL_REQUEST_THRESHOLD;
  }
}
