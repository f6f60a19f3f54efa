// Allocator statistics: exact counts from a walk of every arena and pool, as JSON-ready
// data and as the text of CPython's sys._debugmallocstats() (same sections and columns).

import { AO_ADDRESS, AO_NFREEPOOLS, AO_POOL_ADDRESS, ARENA_OBJECT_SIZE, ARENA_SIZE } from './arena.js';
import type { Heap } from './heap.js';
import {
  index2size,
  NB_SMALL_SIZE_CLASSES,
  numBlocks,
  POOL_MASK,
  POOL_OVERHEAD,
  POOL_REF,
  POOL_SIZE,
  POOL_SZIDX,
  SMALL_REQUEST_THRESHOLD,
} from './pool.js';
import { FLAG_FREE, RAW_SIZE } from './raw.js';

/** One size class: its pools in use and their blocks. */
export interface SizeClassStats {
  index: number;
  size: number;
  /** Pools with at least one block in use. */
  pools: number;
  blocksInUse: number;
  /** Free blocks of those pools (carved or not). */
  availBlocks: number;
}

/** Everything the allocators can tell about themselves. */
export interface HeapStats {
  /** All 32 size classes (the printer skips those without pools). */
  classes: SizeClassStats[];
  arenas: { allocatedTotal: number; reclaimed: number; highwater: number; current: number };
  /** Where the bytes of the current arenas go; the parts add up to `total`. */
  arenaBytes: {
    inAllocatedBlocks: number;
    inAvailableBlocks: number;
    unusedPools: number;
    inUnusedPools: number;
    poolHeaders: number;
    quantization: number;
    arenaAlignment: number;
    total: number;
  };
  /** The raw allocator: whole blocks (header included). */
  raw: {
    blocksInUse: number;
    bytesInUse: number;
    freeBlocks: number;
    freeBytes: number;
    largestFreeBlock: number;
    /** Object-domain blocks served by the raw allocator: raw_allocated_blocks. */
    objectBlocks: number;
  };
  /** The heap as a whole. */
  heap: {
    capacity: number;
    size: number;
    /** Bytes in blocks handed to callers: pymalloc blocks in use + raw blocks other than arenas. */
    bytesInUse: number;
    /** Bytes taken from the raw allocator (arenas included). */
    bytesReserved: number;
    /** The most bytesReserved has been since the heap was made. */
    peakBytesReserved: number;
    /** 1 − largest free raw block / all free raw bytes (0 when free space is one block). */
    externalFragmentation: number;
    /** 1 − bytes in pymalloc blocks in use / bytes of arenas (0 with no arena). */
    arenaFragmentation: number;
  };
  /** sys.getallocatedblocks(): object-domain blocks in use. */
  allocatedBlocks: number;
}

/** Walks the heap and counts; O(arenas × pools + raw blocks). */
export function collectStats(heap: Heap): HeapStats {
  const u32 = heap.mem.u32;
  const pm = heap.pymalloc;
  pm.flushDeferred();
  const classes: SizeClassStats[] = [];
  for (let i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
    classes.push({ index: i, size: index2size(i), pools: 0, blocksInUse: 0, availBlocks: 0 });
  }
  let narenas = 0;
  let numfreepools = 0;
  let arenaAlignment = 0;
  for (let i = 0; i < pm.maxarenas; i++) {
    const ao = pm.arenas + i * ARENA_OBJECT_SIZE;
    let base = u32[(ao + AO_ADDRESS) >>> 2];
    if (base === 0) continue;
    narenas++;
    numfreepools += u32[(ao + AO_NFREEPOOLS) >>> 2];
    if ((base & POOL_MASK) !== 0) {
      arenaAlignment += POOL_SIZE;
      base = base - (base & POOL_MASK) + POOL_SIZE;
    }
    const end = u32[(ao + AO_POOL_ADDRESS) >>> 2];
    for (let pool = base; pool < end; pool += POOL_SIZE) {
      const count = u32[(pool + POOL_REF) >>> 2];
      if (count === 0) continue;
      const c = classes[u32[(pool + POOL_SZIDX) >>> 2]];
      c.pools++;
      c.blocksInUse += count;
      c.availBlocks += numBlocks(c.index) - count;
    }
  }
  let allocated = 0;
  let available = 0;
  let headers = 0;
  let quantization = 0;
  let smallBlocks = 0;
  for (const c of classes) {
    allocated += c.blocksInUse * c.size;
    available += c.availBlocks * c.size;
    headers += c.pools * POOL_OVERHEAD;
    quantization += c.pools * ((POOL_SIZE - POOL_OVERHEAD) % c.size);
    smallBlocks += c.blocksInUse;
  }
  const raw = rawStats(heap);
  const arenaBytes = narenas * ARENA_SIZE;
  const vectorBytes = pm.arenas === 0 ? 0 : (u32[(pm.arenas - 16 + RAW_SIZE) >>> 2] & ~15) >>> 0;
  const rawNonArena = raw.bytesInUse - narenas * (ARENA_SIZE + 16) - vectorBytes;
  return {
    classes,
    arenas: {
      allocatedTotal: pm.ntimesArenaAllocated,
      reclaimed: pm.ntimesArenaAllocated - narenas,
      highwater: pm.narenasHighwater,
      current: narenas,
    },
    arenaBytes: {
      inAllocatedBlocks: allocated,
      inAvailableBlocks: available,
      unusedPools: numfreepools,
      inUnusedPools: numfreepools * POOL_SIZE,
      poolHeaders: headers,
      quantization,
      arenaAlignment,
      total: allocated + available + numfreepools * POOL_SIZE + headers + quantization + arenaAlignment,
    },
    raw: { ...raw, objectBlocks: heap.rawAllocatedBlocks },
    heap: {
      capacity: heap.mem.capacity,
      size: heap.mem.size,
      bytesInUse: allocated + rawNonArena,
      bytesReserved: raw.bytesInUse,
      peakBytesReserved: Math.max(heap.raw.peakBytes, raw.bytesInUse),
      externalFragmentation: raw.freeBytes === 0 ? 0 : 1 - raw.largestFreeBlock / raw.freeBytes,
      arenaFragmentation: arenaBytes === 0 ? 0 : 1 - allocated / arenaBytes,
    },
    allocatedBlocks: smallBlocks + heap.rawAllocatedBlocks,
  };
}

/** Walks the raw allocator's blocks in address order. */
function rawStats(heap: Heap): Omit<HeapStats['raw'], 'objectBlocks'> {
  const u32 = heap.mem.u32;
  const raw = heap.raw;
  let freeBlocks = 0;
  let freeBytes = 0;
  let largest = 0;
  for (let b = raw.start; b < raw.sentinel; ) {
    const word = u32[(b + RAW_SIZE) >>> 2];
    const size = (word & ~15) >>> 0;
    if (word & FLAG_FREE) {
      freeBlocks++;
      freeBytes += size;
      if (size > largest) largest = size;
    }
    b += size;
  }
  return {
    blocksInUse: raw.usedBlocks,
    bytesInUse: raw.usedBytes,
    freeBlocks,
    freeBytes,
    largestFreeBlock: largest,
  };
}

/** CPython's printone(): label padded to 35 columns, '=', value with commas right-aligned in 21. */
export function printone(label: string, value: number): string {
  const digits = Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${label.padEnd(35)}=${digits.padStart(21)}\n`;
}

/** The text sys._debugmallocstats() prints for these stats, then the `extra` lines. */
export function formatDebugMallocStats(s: HeapStats, extra: readonly string[] = []): string {
  let out = `Small block threshold = ${SMALL_REQUEST_THRESHOLD}, in ${NB_SMALL_SIZE_CLASSES} size classes.\n\n`;
  out += 'class   size   num pools   blocks in use  avail blocks\n';
  out += '-----   ----   ---------   -------------  ------------\n';
  for (const c of s.classes) {
    if (c.pools === 0) continue;
    out += `${pad(c.index, 5)} ${pad(c.size, 6)} ${pad(c.pools, 11)} ${pad(c.blocksInUse, 15)} ${pad(c.availBlocks, 13)}\n`;
  }
  const b = s.arenaBytes;
  out += '\n';
  out += printone('# arenas allocated total', s.arenas.allocatedTotal);
  out += printone('# arenas reclaimed', s.arenas.reclaimed);
  out += printone('# arenas highwater mark', s.arenas.highwater);
  out += printone('# arenas allocated current', s.arenas.current);
  out += printone(`${s.arenas.current} arenas * ${ARENA_SIZE} bytes/arena`, s.arenas.current * ARENA_SIZE);
  out += '\n';
  out += printone('# bytes in allocated blocks', b.inAllocatedBlocks);
  out += printone('# bytes in available blocks', b.inAvailableBlocks);
  out += printone(`${b.unusedPools} unused pools * ${POOL_SIZE} bytes`, b.inUnusedPools);
  out += printone('# bytes lost to pool headers', b.poolHeaders);
  out += printone('# bytes lost to quantization', b.quantization);
  out += printone('# bytes lost to arena alignment', b.arenaAlignment);
  out += printone('Total', b.total);
  // pymm's arena map is one flat bottom level of 4,097 (tail_hi, tail_lo) pairs, kept outside the heap.
  const mapBytes = s.arenas.allocatedTotal === 0 ? 0 : 4097 * 8;
  out += '\narena map counts\n';
  out += printone('# arena map mid nodes', 0);
  out += printone('# arena map bot nodes', s.arenas.allocatedTotal === 0 ? 0 : 1);
  out += '\n';
  out += printone('# bytes lost to arena map root', 0);
  out += printone('# bytes lost to arena map mid', 0);
  out += printone('# bytes lost to arena map bot', mapBytes);
  out += printone('Total', mapBytes);
  if (extra.length > 0) out += `\n${extra.join('')}`;
  return out;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width);
}

/** One free-list line of sys._debugmallocstats(): _PyDebugAllocatorStats. */
export function formatFreeListLine(count: number, blockName: string, sizeofBlock: number): string {
  return printone(
    `${`${count} free ${blockName}s * ${sizeofBlock} bytes each`.padStart(48)} `,
    count * sizeofBlock,
  );
}
