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
//
// One shortcut, invisible in every address and record: filing an emptied pool with its
// arena is put off while doing so cannot change what happens next (see `poolEmptied`).
// A program that allocates and frees one block of a size class over and over (CPython
// files the pool, then takes the same pool back for the next request) skips the arena
// bookkeeping both ways.

import { ArenaMap } from './arena.js';
import type { HeapHooks } from './events.js';
import { HeapCorruption, type Memory, NULL, type Ptr } from './memory.js';
// Loaded for its check that the literals agree with pool.ts and arena.ts (L itself is erased).
import './hotlayout.js';
import { L } from './hotlayout.js';
import type { RawAllocator } from './raw.js';

/** Bytes of the usedpools array: two words per size class. */
export const USEDPOOLS_SIZE = 2 * 8 * L.NB_SMALL_SIZE_CLASSES;

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
  readonly nfp2lasta = new Int32Array(L.MAX_POOLS_IN_ARENA + 1);
  /** Arenas holding memory now. */
  narenasCurrentlyAllocated = 0;
  /** Arenas ever allocated. */
  ntimesArenaAllocated = 0;
  /** Most arenas ever held at once. */
  narenasHighwater = 0;
  /** Hooks for arena events, or null. */
  hooks: HeapHooks | null = null;
  /**
   * An emptied pool not yet filed with its arena, or 0. INVARIANT, while its count is 0: it
   * is the last pool on its usedpools ring, its arena heads usable_arenas and is the only
   * one there with its number of free pools, and filing it would not free the arena; so
   * insert_to_freepool followed by allocate_from_new_pool would hand back this very pool
   * and leave every arena record as it was. Whatever reads or changes the arena records
   * files it first (`flushDeferred`). With a non-zero count it was taken back by a plain
   * allocation, and means nothing.
   */
  private deferred = 0;
  /**
   * An arena found to meet the arena half of `deferred`'s invariant, or 0; every change to
   * the arena records (insert_to_freepool, allocate_from_new_pool's own path) resets it.
   */
  private quietArena = 0;
  /** Whether emptied pools may be filed late (tests turn it off to compare against filing at once). */
  deferFiling = true;

  /** Sets up empty usedpools rings at `usedpools` (USEDPOOLS_SIZE bytes of the static area). */
  constructor(mem: Memory, raw: RawAllocator, usedpools: number) {
    this.mem = mem;
    this.raw = raw;
    if (usedpools !== L.USEDPOOLS || L.RING0 !== L.USEDPOOLS - 16 || L.USEDPOOLS_W * 4 !== L.USEDPOOLS) {
      throw new Error(
        `pymalloc: usedpools must be at ${L.USEDPOOLS}, the address its hot paths are written for`,
      );
    }
    this.usedpools = usedpools;
    const m = mem.i32;
    for (let i = 0; i < L.NB_SMALL_SIZE_CLASSES; i++) {
      const fake = this.ringHead(i);
      m[(fake + L.POOL_NEXTPOOL) >>> 2] = fake;
      m[(fake + L.POOL_PREVPOOL) >>> 2] = fake;
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
    const pool = m[L.USEDPOOLS_W + (size << 2)];
    if (pool !== L.RING0 + (size << 4)) {
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
    m[(next + L.POOL_PREVPOOL) >>> 2] = prev;
    m[(prev + L.POOL_NEXTPOOL) >>> 2] = next;
  }

  /** Frees a pymalloc block; false if `p` is not inside an arena (the caller frees it raw): pymalloc_free. */
  free(p: number): boolean {
    if (!this.map.contains(p)) return false;
    const m = this.mem.i32;
    const w = (p >>> 2) & ~4095; // the pool header, in words: (p - (p & POOL_MASK)) / 4
    const lastfree = m[w + 2];
    if (m[w] === 0 || lastfree === (p | 0)) doubleFree(p);
    m[p >>> 2] = lastfree;
    m[w + 2] = p;
    if (--m[w] !== 0 && lastfree !== 0) return true;
    // The pool was full (a pool holds at least 31 blocks, so it is not empty now), or is empty.
    if (lastfree === 0) this.insertToUsedpool(w * 4);
    else this.poolEmptied(w * 4);
    return true;
  }

  /** A used pool's last block was freed: file it with its arena now, or put that off while it is a no-op in effect. */
  private poolEmptied(pool: number): void {
    if (this.deferred !== 0) this.flushDeferred(pool);
    const m = this.mem.i32;
    const pw = pool >>> 2;
    if (m[pw + L.P_NEXTPOOL] === L.RING0 + (m[pw + L.P_SZIDX] << 4)) {
      const ao = (this.arenas + m[pw + L.P_ARENAINDEX] * L.ARENA_OBJECT_SIZE) | 0;
      if (ao === this.quietArena || this.becomesQuiet(ao)) {
        this.deferred = pool;
        return;
      }
    }
    this.insertToFreepool(pool);
  }

  /** Whether arena `ao` meets the arena half of `deferred`'s invariant; if so it is remembered as quiet. */
  private becomesQuiet(ao: number): boolean {
    if (!this.deferFiling || ao !== this.usableArenas) return false;
    const m = this.mem.i32;
    const aw = ao >>> 2;
    const nf = m[aw + L.A_NFREEPOOLS];
    if (this.nfp2lasta[nf] !== ao || (nf + 1 === m[aw + L.A_NTOTALPOOLS] && m[aw + L.A_NEXTARENA] !== 0))
      return false;
    this.quietArena = ao;
    return true;
  }

  /** The emptied pool whose filing is put off, or 0 (for checkHeap). */
  get deferredPool(): number {
    return this.deferred;
  }

  /**
   * Files the deferred emptied pool, if any, so that the arena records are CPython's — unless
   * it is `keep` (a pool emptying again after a plain allocation took it back).
   */
  flushDeferred(keep = 0): void {
    const d = this.deferred;
    if (d === 0) return;
    this.deferred = 0;
    if (d !== keep && this.mem.i32[d >>> 2] === 0) this.insertToFreepool(d);
  }

  /** Usable bytes of the pymalloc block at `p` (its size class). */
  blockSize(p: number): number {
    const pool = p - (p & L.POOL_MASK);
    return (this.mem.i32[(pool + L.POOL_SZIDX) >>> 2] + 1) << 4;
  }

  /** Links a pool that was full at the front of usedpools[szidx]: insert_to_usedpool. */
  private insertToUsedpool(pool: number): void {
    const m = this.mem.i32;
    const size = m[(pool + L.POOL_SZIDX) >>> 2];
    const head = L.RING0 + (size << 4);
    const next = m[(head + L.POOL_NEXTPOOL) >>> 2];
    m[(pool + L.POOL_NEXTPOOL) >>> 2] = next;
    m[(pool + L.POOL_PREVPOOL) >>> 2] = head;
    m[(next + L.POOL_PREVPOOL) >>> 2] = pool;
    m[(head + L.POOL_NEXTPOOL) >>> 2] = pool;
  }

  /** Files a pool that just emptied with its arena, and manages the arena: insert_to_freepool. */
  private insertToFreepool(pool: number): void {
    this.quietArena = 0;
    const m = this.mem.i32;
    const pw = pool >>> 2;
    const next = m[pw + L.P_NEXTPOOL];
    const prev = m[pw + L.P_PREVPOOL];
    m[(next >>> 2) + L.P_PREVPOOL] = prev;
    m[(prev >>> 2) + L.P_NEXTPOOL] = next;

    const ao = (this.arenas + m[pw + L.P_ARENAINDEX] * L.ARENA_OBJECT_SIZE) | 0;
    const aw = ao >>> 2;
    m[pw + L.P_NEXTPOOL] = m[aw + L.A_FREEPOOLS];
    m[aw + L.A_FREEPOOLS] = pool;

    const nfp2lasta = this.nfp2lasta;
    let nf = m[aw + L.A_NFREEPOOLS];
    const lastnf = nfp2lasta[nf];
    const prevarena = m[aw + L.A_PREVARENA];
    if (lastnf === ao) {
      // ao was the rightmost arena with nf free pools; its left neighbour may take over.
      nfp2lasta[nf] = prevarena !== 0 && m[(prevarena >>> 2) + L.A_NFREEPOOLS] === nf ? prevarena : 0;
    }
    nf++;
    m[aw + L.A_NFREEPOOLS] = nf;

    const nextarena = m[aw + L.A_NEXTARENA];
    if (nf === m[aw + L.A_NTOTALPOOLS] && nextarena !== 0) {
      // Case 1: every pool is empty and ao is not the last usable arena: free the arena.
      if (prevarena === 0) this.usableArenas = nextarena;
      else m[(prevarena >>> 2) + L.A_NEXTARENA] = nextarena;
      m[(nextarena >>> 2) + L.A_PREVARENA] = prevarena;
      m[aw + L.A_NEXTARENA] = this.unusedArenaObjects;
      this.unusedArenaObjects = ao;
      const address = m[aw + L.A_ADDRESS] >>> 0;
      this.map.mark(address, false);
      this.raw.free(address as Ptr);
      m[aw + L.A_ADDRESS] = 0;
      this.narenasCurrentlyAllocated--;
      this.hooks?.arenaFree?.(address as Ptr);
      return;
    }
    if (nf === 1) {
      // Case 2: the arena was full; it now has the fewest free pools: put it at the head.
      const head = this.usableArenas;
      m[aw + L.A_NEXTARENA] = head;
      m[aw + L.A_PREVARENA] = 0;
      if (head !== 0) m[(head >>> 2) + L.A_PREVARENA] = ao;
      this.usableArenas = ao;
      if (nfp2lasta[1] === 0) nfp2lasta[1] = ao;
      return;
    }
    if (nfp2lasta[nf] === 0) nfp2lasta[nf] = ao;
    // Case 3: ao was the last arena with nf-1 free pools, so the order still holds.
    if (ao === lastnf) return;
    // Case 4: move ao right, to just after the last arena with nf-1 free pools.
    if (prevarena !== 0) m[(prevarena >>> 2) + L.A_NEXTARENA] = nextarena;
    else this.usableArenas = nextarena;
    m[(nextarena >>> 2) + L.A_PREVARENA] = prevarena;
    const lw = lastnf >>> 2;
    const after = m[lw + L.A_NEXTARENA];
    m[aw + L.A_PREVARENA] = lastnf;
    m[aw + L.A_NEXTARENA] = after;
    if (after !== 0) m[(after >>> 2) + L.A_PREVARENA] = ao;
    m[lw + L.A_NEXTARENA] = ao;
  }

  /** No used pool of class `size`: take an empty pool from the fullest usable arenas: allocate_from_new_pool. */
  private allocateFromNewPool(size: number): Ptr {
    const d = this.deferred;
    if (d !== 0) {
      this.deferred = 0;
      const m = this.mem.i32;
      const dw = d >>> 2;
      if (m[dw] === 0) {
        // Filing d and taking a pool would give back d with the arenas as they are: skip both.
        const next = m[dw + L.P_NEXTPOOL];
        const prev = m[dw + L.P_PREVPOOL];
        m[(next >>> 2) + L.P_PREVPOOL] = prev;
        m[(prev >>> 2) + L.P_NEXTPOOL] = next;
        return initPool(m, d, size);
      }
    }
    return this.poolFromArenas(size);
  }

  /** allocate_from_new_pool's own path: the first free pool of usable_arenas' head, or a new arena's. */
  private poolFromArenas(size: number): Ptr {
    this.quietArena = 0;
    if (this.usableArenas === 0) {
      const ao = this.newArena();
      if (ao === 0) return NULL;
      this.usableArenas = ao;
      const m0 = this.mem.i32;
      m0[(ao >>> 2) + L.A_NEXTARENA] = 0;
      m0[(ao >>> 2) + L.A_PREVARENA] = 0;
      this.nfp2lasta[m0[(ao >>> 2) + L.A_NFREEPOOLS]] = ao;
    }
    const m = this.mem.i32;
    const nfp2lasta = this.nfp2lasta;
    const ao = this.usableArenas;
    const aw = ao >>> 2;
    const nf = m[aw + L.A_NFREEPOOLS];
    if (nfp2lasta[nf] === ao) nfp2lasta[nf] = 0;
    if (nf > 1) nfp2lasta[nf - 1] = ao;

    let pool = m[aw + L.A_FREEPOOLS];
    let pw = pool >>> 2;
    if (pool !== 0) {
      m[aw + L.A_FREEPOOLS] = m[pw + L.P_NEXTPOOL];
    } else {
      // Carve a new pool off the arena.
      pool = m[aw + L.A_POOL_ADDRESS];
      pw = pool >>> 2;
      m[pw + L.P_ARENAINDEX] = ((ao - this.arenas) | 0) / L.ARENA_OBJECT_SIZE;
      m[pw + L.P_SZIDX] = L.DUMMY_SIZE_IDX;
      m[aw + L.A_POOL_ADDRESS] = pool + L.POOL_SIZE;
    }
    m[aw + L.A_NFREEPOOLS] = nf - 1;
    if (nf === 1) {
      // The arena is wholly allocated: drop it from usable_arenas.
      const next = m[aw + L.A_NEXTARENA];
      this.usableArenas = next;
      if (next !== 0) m[(next >>> 2) + L.A_PREVARENA] = 0;
    }
    return initPool(m, pool, size);
  }

  /** Gets an arena record and 1 MiB of memory for it; 0 if either cannot be had: new_arena. */
  private newArena(): number {
    if (this.unusedArenaObjects === 0) {
      const numarenas = this.maxarenas === 0 ? L.INITIAL_ARENA_OBJECTS : this.maxarenas * 2;
      const vector =
        this.arenas === 0
          ? this.raw.malloc(numarenas * L.ARENA_OBJECT_SIZE)
          : this.raw.realloc(this.arenas as Ptr, numarenas * L.ARENA_OBJECT_SIZE);
      if (vector === NULL) return 0;
      // No pointer into the vector is live here (no unused slot, no usable arena), so moving it is safe.
      this.arenas = vector;
      const m = this.mem.i32;
      for (let i = this.maxarenas; i < numarenas; i++) {
        const ao = vector + i * L.ARENA_OBJECT_SIZE;
        m[(ao + L.AO_ADDRESS) >>> 2] = 0;
        m[(ao + L.AO_NEXTARENA) >>> 2] = i < numarenas - 1 ? ao + L.ARENA_OBJECT_SIZE : 0;
      }
      this.unusedArenaObjects = (vector + this.maxarenas * L.ARENA_OBJECT_SIZE) | 0;
      this.maxarenas = numarenas;
    }
    const ao = this.unusedArenaObjects;
    const address = this.raw.malloc(L.ARENA_SIZE);
    if (address === NULL) return 0;
    const m = this.mem.i32;
    this.unusedArenaObjects = m[(ao + L.AO_NEXTARENA) >>> 2];
    this.map.mark(address, true);
    m[(ao + L.AO_ADDRESS) >>> 2] = address;
    this.narenasCurrentlyAllocated++;
    this.ntimesArenaAllocated++;
    if (this.narenasCurrentlyAllocated > this.narenasHighwater) {
      this.narenasHighwater = this.narenasCurrentlyAllocated;
    }
    m[(ao + L.AO_FREEPOOLS) >>> 2] = 0;
    let pools = L.MAX_POOLS_IN_ARENA;
    let first = address as number;
    const excess = address & L.POOL_MASK;
    if (excess !== 0) {
      // The base is not pool-aligned: one pool's worth is lost to alignment.
      pools--;
      first += L.POOL_SIZE - excess;
    }
    m[(ao + L.AO_NFREEPOOLS) >>> 2] = pools;
    m[(ao + L.AO_NTOTALPOOLS) >>> 2] = pools;
    m[(ao + L.AO_POOL_ADDRESS) >>> 2] = first;
    this.hooks?.arenaNew?.(address);
    return ao;
  }

  /** True if `n` bytes is a pymalloc request. */
  static isSmall(n: number): boolean {
    return n > 0 && n <= L.SMALL_REQUEST_THRESHOLD;
  }
}

/** Reports a small block freed twice (or a free of a block in an empty pool). */
function doubleFree(p: number): never {
  throw new HeapCorruption(`free(0x${p.toString(16)}): double free of a small block`);
}

/** Links an empty pool into the (empty) ring of class `size` and takes its first block. */
function initPool(m: Int32Array, pool: number, size: number): Ptr {
  const pw = pool >>> 2;
  const head = L.RING0 + (size << 4);
  const hw = head >>> 2;
  m[pw + L.P_NEXTPOOL] = head;
  m[pw + L.P_PREVPOOL] = head;
  m[hw + L.P_NEXTPOOL] = pool;
  m[hw + L.P_PREVPOOL] = pool;
  m[pw] = 1; // ref.count (L.P_REF is 0)
  if (m[pw + L.P_SZIDX] === size) {
    // The pool held this size class before: its free list is still good.
    const bp = m[pw + L.P_FREEBLOCK];
    m[pw + L.P_FREEBLOCK] = m[bp >>> 2];
    return (bp >>> 0) as Ptr;
  }
  const blocksize = (size + 1) << 4;
  m[pw + L.P_SZIDX] = size;
  m[pw + L.P_NEXTOFFSET] = L.POOL_OVERHEAD + 2 * blocksize;
  m[pw + L.P_MAXNEXTOFFSET] = L.POOL_SIZE - blocksize;
  const second = pool + L.POOL_OVERHEAD + blocksize;
  m[pw + L.P_FREEBLOCK] = second;
  m[second >>> 2] = 0;
  return ((pool + L.POOL_OVERHEAD) >>> 0) as Ptr;
}
