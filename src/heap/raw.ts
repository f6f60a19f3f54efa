// The raw allocator (CPython's PyMem_Raw* domain): variable-size blocks for requests over
// 512 bytes and for pymalloc's 1 MiB arenas, in the heap's memory after the static area.
//
// It is a two-level segregated fit (TLSF): free blocks sit on one of FL_COUNT × SL_COUNT
// lists, chosen by the top bit of their size (first level) and the next four bits (second
// level); two levels of bitmaps find a non-empty list that is big enough in O(1). Freed
// blocks merge at once with free neighbours (boundary tags), so two free blocks are never
// adjacent. No step walks the live blocks.
//
// Raw block: `block` points at +0; the payload handed out is `block + 16`.
//
//   +0  ┌─────────────────────────────────────────────┐
//       │ prevPhys: the block just below, when free   │  valid only if PREV_FREE is set
//   +8  ├──────────────────────┬──────────────────────┤
//       │ size | FREE | PREV_FREE │ tag                │  size: whole block, multiple of 16
//  +16  ╞══════════════════════╧══════════════════════╡  ← payload (16-byte aligned)
//       │ free: nextFree (+16), prevFree (+24)         │
//       │ used: the caller's bytes …                   │
//       └─────────────────────────────────────────────┘
//
// The tag word is TAG_USED or TAG_FREE, so a free of a pointer that was never handed out,
// or of one already freed, is caught before it can corrupt anything. The last 16 bytes of
// the region are a sentinel header (size 0, used) that stops coalescing at the end.

import { HeapCorruption, type Memory, NULL, type Ptr, roundUp } from './memory.js';

/** Offset of the prevPhys word in a raw block. */
export const RAW_PREV_PHYS = 0;
/** Offset of the size-and-flags word. */
export const RAW_SIZE = 8;
/** Offset of the tag word. */
export const RAW_TAG = 12;
/** Offset of the next-free link (free blocks only). */
export const RAW_NEXT_FREE = 16;
/** Offset of the previous-free link (free blocks only). */
export const RAW_PREV_FREE = 24;
/** Bytes of header before every payload. */
export const RAW_HEADER = 16;
/** Smallest block: a header and room for the two free links. */
export const RAW_MIN_BLOCK = 32;
/** Flag: this block is free. */
export const FLAG_FREE = 1;
/** Flag: the block just below this one is free (prevPhys is valid). */
export const FLAG_PREV_FREE = 2;
/** Tag of a block in use. */
export const TAG_USED = 0x52415755; // 'UWAR'
/** Tag of a free block. */
export const TAG_FREE = 0x45455246; // 'FREE'

/** log2 of the number of second-level lists per first-level class. */
export const SL_LOG2 = 4;
/** Second-level lists per first-level class. */
export const SL_COUNT = 1 << SL_LOG2;
/** First-level classes: enough for any block of a 4 GiB heap (sizes counted in 16-byte units). */
export const FL_COUNT = 26;

/** Blocks of a request's own list that a failed search still looks at. */
const EXACT_SEARCH_LIMIT = 8;

/** Maps a block size (bytes, multiple of 16) to its free-list index `fl * SL_COUNT + sl`. */
export function listIndex(size: number): number {
  const units = size / 16;
  if (units < SL_COUNT) return units;
  const top = 31 - Math.clz32(units);
  const sl = (units >>> (top - SL_LOG2)) - SL_COUNT;
  return (top - SL_LOG2 + 1) * SL_COUNT + sl;
}

/** The TLSF raw allocator over [start, mem.size) of a Memory. */
export class RawAllocator {
  readonly mem: Memory;
  /** First block header of the region. */
  readonly start: number;
  /** Heads of the free lists (block addresses; 0 = empty). */
  readonly heads = new Uint32Array(FL_COUNT * SL_COUNT);
  /** Per first-level class, a bitmap of its non-empty second-level lists. */
  readonly slBitmap = new Uint32Array(FL_COUNT);
  /** Bitmap of first-level classes that have a non-empty list. */
  flBitmap = 0;
  /** Blocks in use and their bytes (whole blocks, headers included). */
  usedBlocks = 0;
  usedBytes = 0;
  /** The most `usedBytes` has been (the heap's peak footprint: arenas and large blocks). */
  peakBytes = 0;
  /** Header of the sentinel at the end of the region. */
  sentinel = 0;

  /** Lays one free block over the whole region [start, mem.size). */
  constructor(mem: Memory, start: number) {
    this.mem = mem;
    this.start = roundUp(start, 16);
    this.sentinel = this.start;
    this.writeSentinel(this.start, 0);
    this.extend();
  }

  /** Bytes that a request of `n` payload bytes occupies as a block. */
  static blockSizeFor(n: number): number {
    return Math.max(roundUp((n === 0 ? 1 : n) + RAW_HEADER, 16), RAW_MIN_BLOCK);
  }

  /** Takes the memory between the sentinel and mem.size into the allocator (after a growth). */
  extend(): void {
    const end = this.mem.size - RAW_HEADER;
    const old = this.sentinel;
    if (end - old < RAW_MIN_BLOCK) return;
    const u32 = this.mem.u32;
    const prevFree = u32[(old + RAW_SIZE) >>> 2] & FLAG_PREV_FREE;
    u32[(old + RAW_SIZE) >>> 2] = (end - old) | prevFree;
    u32[(old + RAW_TAG) >>> 2] = TAG_USED;
    this.writeSentinel(end, 0);
    this.sentinel = end;
    this.usedBlocks++;
    this.usedBytes += end - old;
    this.freeBlock(old);
  }

  /** Grows the memory by copying so that a block of `size` bytes fits at the end; false at capacity. */
  private growFor(size: number): boolean {
    if (!this.mem.grow(this.mem.size + size + RAW_MIN_BLOCK)) return false;
    this.extend();
    return true;
  }

  /** Returns a payload of at least `n` bytes, or NULL when no free block is big enough. */
  malloc(n: number): Ptr {
    const size = RawAllocator.blockSizeFor(n);
    let block = this.findFree(size);
    if (block === 0) {
      if (!this.growFor(size)) return NULL;
      block = this.findFree(size);
      if (block === 0) return NULL;
    }
    const u32 = this.mem.u32;
    const have = (u32[(block + RAW_SIZE) >>> 2] & ~15) >>> 0;
    this.removeFree(block, have);
    this.usedBlocks++;
    this.usedBytes += size;
    if (have - size >= RAW_MIN_BLOCK) {
      this.setUsed(block, size);
      const rest = block + size;
      u32[(rest + RAW_SIZE) >>> 2] = have - size;
      u32[(rest + RAW_TAG) >>> 2] = TAG_USED;
      this.usedBlocks++;
      this.usedBytes += have - size;
      this.freeBlock(rest);
    } else {
      this.usedBytes += have - size;
      this.setUsed(block, have);
      const next = block + have;
      u32[(next + RAW_SIZE) >>> 2] &= ~FLAG_PREV_FREE;
    }
    if (this.usedBytes > this.peakBytes) this.peakBytes = this.usedBytes;
    return (block + RAW_HEADER) as Ptr;
  }

  /** Gives back a payload returned by malloc or realloc. */
  free(p: Ptr): void {
    const block = this.validate(p, 'free');
    this.freeBlock(block);
  }

  /** Resizes a payload, in place when the block or its free successor has room; NULL when out of memory. */
  realloc(p: Ptr, n: number): Ptr {
    const block = this.validate(p, 'realloc');
    const u32 = this.mem.u32;
    const size = RawAllocator.blockSizeFor(n);
    const have = (u32[(block + RAW_SIZE) >>> 2] & ~15) >>> 0;
    if (size <= have) {
      this.shrink(block, have, size);
      return p;
    }
    const next = block + have;
    const nextWord = u32[(next + RAW_SIZE) >>> 2];
    if (nextWord & FLAG_FREE && have + ((nextWord & ~15) >>> 0) >= size) {
      const total = have + ((nextWord & ~15) >>> 0);
      this.removeFree(next, (nextWord & ~15) >>> 0);
      u32[(next + RAW_TAG) >>> 2] = 0;
      this.usedBytes += total - have;
      this.setUsed(block, total);
      u32[(block + total + RAW_SIZE) >>> 2] &= ~FLAG_PREV_FREE;
      this.shrink(block, total, size);
      if (this.usedBytes > this.peakBytes) this.peakBytes = this.usedBytes;
      return p;
    }
    const q = this.malloc(n);
    if (q === NULL) return NULL;
    this.mem.u8.copyWithin(q, p, p + have - RAW_HEADER);
    this.freeBlock(block);
    return q;
  }

  /** Usable bytes of the payload at `p`. */
  usableSize(p: Ptr): number {
    return ((this.mem.u32[(p - RAW_HEADER + RAW_SIZE) >>> 2] & ~15) >>> 0) - RAW_HEADER;
  }

  /** True if `p` is the payload of a block in use (its tag says so). */
  isUsed(p: Ptr): boolean {
    const block = p - RAW_HEADER;
    if (p % 16 !== 0 || block < this.start || block >= this.sentinel) return false;
    const u32 = this.mem.u32;
    return u32[(block + RAW_TAG) >>> 2] === TAG_USED && (u32[(block + RAW_SIZE) >>> 2] & FLAG_FREE) === 0;
  }

  private validate(p: Ptr, what: string): number {
    if (!this.isUsed(p)) {
      const block = p - RAW_HEADER;
      const freed =
        p % 16 === 0 && block >= this.start && block < this.sentinel
          ? this.mem.u32[(block + RAW_TAG) >>> 2] === TAG_FREE
          : false;
      throw new HeapCorruption(
        freed
          ? `${what}(0x${p.toString(16)}): double free — the block is already free`
          : `${what}(0x${p.toString(16)}): pointer was not returned by the allocator`,
      );
    }
    return p - RAW_HEADER;
  }

  /** Cuts a used block of `have` bytes down to `size`, freeing the tail if it is big enough. */
  private shrink(block: number, have: number, size: number): void {
    if (have - size < RAW_MIN_BLOCK) return;
    const u32 = this.mem.u32;
    this.setUsed(block, size);
    const rest = block + size;
    u32[(rest + RAW_SIZE) >>> 2] = have - size;
    u32[(rest + RAW_TAG) >>> 2] = TAG_USED;
    this.usedBlocks++;
    this.freeBlock(rest);
  }

  private setUsed(block: number, size: number): void {
    const w = (block + RAW_SIZE) >>> 2;
    const u32 = this.mem.u32;
    u32[w] = size | (u32[w] & FLAG_PREV_FREE);
    u32[w + 1] = TAG_USED;
  }

  private writeSentinel(at: number, flags: number): void {
    const u32 = this.mem.u32;
    u32[(at + RAW_SIZE) >>> 2] = flags;
    u32[(at + RAW_TAG) >>> 2] = TAG_USED;
  }

  /** Marks a used block free, merges it with free neighbours and files it. */
  private freeBlock(block: number): void {
    const u32 = this.mem.u32;
    const word = u32[(block + RAW_SIZE) >>> 2];
    let size = (word & ~15) >>> 0;
    this.usedBlocks--;
    this.usedBytes -= size;
    const next = block + size;
    const nextWord = u32[(next + RAW_SIZE) >>> 2];
    if (nextWord & FLAG_FREE) {
      const nsize = (nextWord & ~15) >>> 0;
      this.removeFree(next, nsize);
      u32[(next + RAW_TAG) >>> 2] = 0;
      size += nsize;
    }
    if (word & FLAG_PREV_FREE) {
      const prev = u32[(block + RAW_PREV_PHYS) >>> 2];
      const psize = (u32[(prev + RAW_SIZE) >>> 2] & ~15) >>> 0;
      this.removeFree(prev, psize);
      u32[(block + RAW_TAG) >>> 2] = 0;
      block = prev;
      size += psize;
    }
    const flags = u32[(block + RAW_SIZE) >>> 2] & FLAG_PREV_FREE;
    u32[(block + RAW_SIZE) >>> 2] = size | FLAG_FREE | flags;
    u32[(block + RAW_TAG) >>> 2] = TAG_FREE;
    const after = block + size;
    u32[(after + RAW_SIZE) >>> 2] |= FLAG_PREV_FREE;
    u32[(after + RAW_PREV_PHYS) >>> 2] = block;
    this.insertFree(block, size);
  }

  /** Finds a free block of at least `size` bytes (rounded up to its list), or 0. */
  private findFree(size: number): number {
    let index = listIndex(size);
    // Round up to the next list unless every block of this list is known to fit.
    const units = size / 16;
    if (units >= SL_COUNT) {
      const top = 31 - Math.clz32(units);
      if ((units & ((1 << (top - SL_LOG2)) - 1)) !== 0) index++;
    }
    let fl = (index / SL_COUNT) | 0;
    let sl = index % SL_COUNT;
    let bits = fl < FL_COUNT ? this.slBitmap[fl] & (~0 << sl) : 0;
    if (bits === 0) {
      const flBits = fl + 1 >= FL_COUNT ? 0 : this.flBitmap & (~0 << (fl + 1));
      if (flBits === 0) return this.searchExactList(size);
      fl = 31 - Math.clz32(flBits & -flBits);
      bits = this.slBitmap[fl];
    }
    sl = 31 - Math.clz32(bits & -bits);
    return this.heads[fl * SL_COUNT + sl];
  }

  /**
   * Last resort when no list above the request's has a block: the request's own list may
   * still hold one that is big enough. Looks at its first EXACT_SEARCH_LIMIT blocks only,
   * so the search stays O(1).
   */
  private searchExactList(size: number): number {
    const u32 = this.mem.u32;
    let f = this.heads[listIndex(size)];
    for (let i = 0; f !== 0 && i < EXACT_SEARCH_LIMIT; i++) {
      if ((u32[(f + RAW_SIZE) >>> 2] & ~15) >>> 0 >= size) return f;
      f = u32[(f + RAW_NEXT_FREE) >>> 2];
    }
    return 0;
  }

  private insertFree(block: number, size: number): void {
    const index = listIndex(size);
    const u32 = this.mem.u32;
    const head = this.heads[index];
    u32[(block + RAW_NEXT_FREE) >>> 2] = head;
    u32[(block + RAW_PREV_FREE) >>> 2] = 0;
    if (head !== 0) u32[(head + RAW_PREV_FREE) >>> 2] = block;
    this.heads[index] = block;
    const fl = (index / SL_COUNT) | 0;
    this.slBitmap[fl] |= 1 << (index % SL_COUNT);
    this.flBitmap |= 1 << fl;
  }

  private removeFree(block: number, size: number): void {
    const index = listIndex(size);
    const u32 = this.mem.u32;
    const next = u32[(block + RAW_NEXT_FREE) >>> 2];
    const prev = u32[(block + RAW_PREV_FREE) >>> 2];
    if (next !== 0) u32[(next + RAW_PREV_FREE) >>> 2] = prev;
    if (prev !== 0) u32[(prev + RAW_NEXT_FREE) >>> 2] = next;
    else {
      this.heads[index] = next;
      if (next === 0) {
        const fl = (index / SL_COUNT) | 0;
        this.slBitmap[fl] &= ~(1 << (index % SL_COUNT));
        if (this.slBitmap[fl] === 0) this.flBitmap &= ~(1 << fl);
      }
    }
  }
}
