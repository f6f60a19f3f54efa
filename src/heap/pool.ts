// pymalloc's pools and size classes: CPython 3.11's constants for 64-bit.
//
// A pool is 16 KiB of one arena, carved into blocks of one size class. Its header:
// `pool` points at +0 and is always a multiple of POOL_SIZE.
//
//   +0  ┌─────────────────────────────────┐
//       │ ref.count: blocks in use        │  0 → the pool goes to its arena's free pools
//   +8  ├─────────────────────────────────┤
//       │ freeblock: first free block     │  0 → carve at nextoffset, or the pool is full
//  +16  ├─────────────────────────────────┤
//       │ nextpool                        │  ring of usedpools[szidx]; free pools: next only
//  +24  ├─────────────────────────────────┤
//       │ prevpool                        │
//  +32  ├────────────────┬────────────────┤
//       │ arenaindex     │ szidx          │  szidx = DUMMY_SIZE_IDX until first used
//  +40  ├────────────────┼────────────────┤
//       │ nextoffset     │ maxnextoffset  │  lazy carving: next virgin block, last one
//  +48  ╞════════════════╧════════════════╡
//       │ blocks …                        │  a free block's first word links to the next
//       └─────────────────────────────────┘
//
// Free block: its first 8 bytes hold the address of the next free block of the pool (0 ends).
//
// Pool states: USED (some blocks in use, some free or uncarved; on the usedpools[szidx]
// ring), FULL (no free block; on no list), EMPTY (no block in use; on its arena's freepools
// list, keeping its szidx and free list in case the same class reuses it).

/** Alignment of every block, and the spacing of size classes. */
export const ALIGNMENT = 16;
/** log2(ALIGNMENT). */
export const ALIGNMENT_SHIFT = 4;
/** Largest request pymalloc serves; bigger ones go to the raw allocator. */
export const SMALL_REQUEST_THRESHOLD = 512;
/** Number of size classes (16, 32, …, 512 bytes). */
export const NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD / ALIGNMENT;
/** Bytes of a pool. */
export const POOL_SIZE = 16 * 1024;
/** POOL_SIZE - 1: the offset bits of an address inside its pool. */
export const POOL_MASK = POOL_SIZE - 1;
/** Bytes of the pool header, rounded up to ALIGNMENT. */
export const POOL_OVERHEAD = 48;
/** szidx of a pool that has never held blocks. */
export const DUMMY_SIZE_IDX = 0xffff;

/** Offset of ref.count. */
export const POOL_REF = 0;
/** Offset of freeblock. */
export const POOL_FREEBLOCK = 8;
/** Offset of nextpool. */
export const POOL_NEXTPOOL = 16;
/** Offset of prevpool. */
export const POOL_PREVPOOL = 24;
/** Offset of arenaindex. */
export const POOL_ARENAINDEX = 32;
/** Offset of szidx. */
export const POOL_SZIDX = 36;
/** Offset of nextoffset. */
export const POOL_NEXTOFFSET = 40;
/** Offset of maxnextoffset. */
export const POOL_MAXNEXTOFFSET = 44;

/** Block size of size class `i`: INDEX2SIZE. */
export function index2size(i: number): number {
  return (i + 1) << ALIGNMENT_SHIFT;
}

/** Size class of a request of `n` bytes (1 ≤ n ≤ 512). */
export function sizeClass(n: number): number {
  return (n - 1) >>> ALIGNMENT_SHIFT;
}

/** Blocks that fit in one pool of size class `i`: NUMBLOCKS. */
export function numBlocks(i: number): number {
  return Math.floor((POOL_SIZE - POOL_OVERHEAD) / index2size(i));
}

/** The pool that contains address `p`: POOL_ADDR. */
export function poolAddr(p: number): number {
  return p - (p & POOL_MASK);
}
