// pymalloc's arenas: 1 MiB blocks of the raw allocator, each cut into 16 KiB pools.
//
// Arena record (CPython's arena_object), one per slot of a vector that the raw allocator
// holds and that grows 16, 32, 64, … entries. `ao` points at +0.
//
//   +0  ┌─────────────────────────────────┐
//       │ address: the arena's memory     │  0 → slot unused, on unused_arena_objects
//   +8  ├─────────────────────────────────┤
//       │ pool_address: next pool to carve│
//  +16  ├────────────────┬────────────────┤
//       │ nfreepools     │ ntotalpools    │  free = cached empty pools + uncarved pools
//  +24  ├────────────────┴────────────────┤
//       │ freepools: cached empty pools   │  singly linked through each pool's nextpool
//  +32  ├─────────────────────────────────┤
//       │ nextarena                       │  usable_arenas (or unused_arena_objects) link
//  +40  ├─────────────────────────────────┤
//       │ prevarena                       │  usable_arenas only
//  +48  └─────────────────────────────────┘
//
// Arena states: UNUSED (slot without memory), USABLE (has a free pool; on usable_arenas,
// which is sorted by ascending nfreepools so that the fullest arenas serve first), FULL
// (every pool carved and in use; on no list). An arena all of whose pools are empty goes
// back to the raw allocator, unless it is the last one on usable_arenas (bpo-37257).

/** Bytes of an arena. */
export const ARENA_SIZE = 1 << 20;
/** log2(ARENA_SIZE). */
export const ARENA_BITS = 20;
/** Pools in an arena whose base is pool-aligned; one fewer otherwise. */
export const MAX_POOLS_IN_ARENA = 64;
/** First size of the arena vector; it doubles after. */
export const INITIAL_ARENA_OBJECTS = 16;
/** Bytes of an arena record. */
export const ARENA_OBJECT_SIZE = 48;

/** Offset of address. */
export const AO_ADDRESS = 0;
/** Offset of pool_address. */
export const AO_POOL_ADDRESS = 8;
/** Offset of nfreepools. */
export const AO_NFREEPOOLS = 16;
/** Offset of ntotalpools. */
export const AO_NTOTALPOOLS = 20;
/** Offset of freepools. */
export const AO_FREEPOOLS = 24;
/** Offset of nextarena. */
export const AO_NEXTARENA = 32;
/** Offset of prevarena. */
export const AO_PREVARENA = 40;

/** Slots of the arena map: one per MiB of a 4 GiB address space. */
const MAP_SLOTS = 1 << (32 - ARENA_BITS);

/**
 * Which addresses belong to an arena, in O(1): CPython's radix tree reduced to its bottom
 * level, since a heap has at most 4 GiB. An arena at base B covers [B, B + 1 MiB), which
 * straddles two 1 MiB slots when B is not slot-aligned: slot B>>20 records `tailHi` (the
 * offset where arena memory starts, -1 if it is the whole slot) and the next slot records
 * `tailLo` (the offset where it ends).
 */
export class ArenaMap {
  readonly tailHi = new Int32Array(MAP_SLOTS + 1);
  readonly tailLo = new Int32Array(MAP_SLOTS + 1);

  /** Marks (used = true) or unmarks the arena at `base`: arena_map_mark_used. */
  mark(base: number, used: boolean): void {
    const slot = base >>> ARENA_BITS;
    const tail = base & (ARENA_SIZE - 1);
    if (used) {
      this.tailHi[slot] = tail === 0 ? -1 : tail;
      if (tail !== 0) this.tailLo[slot + 1] = tail;
    } else {
      this.tailHi[slot] = 0;
      if (tail !== 0) this.tailLo[slot + 1] = 0;
    }
  }

  /** True if `p` lies inside some arena: address_in_range. */
  contains(p: number): boolean {
    const slot = p >>> ARENA_BITS;
    const offset = p & (ARENA_SIZE - 1);
    const hi = this.tailHi[slot];
    return offset < this.tailLo[slot] || (offset >= hi && hi !== 0);
  }
}
