// checkHeap(): every invariant that raw.ts, arena.ts, pool.ts and obmalloc.ts state in
// prose, checked by walking all of the heap. O(heap); meant for tests and checked mode.

import {
  AO_ADDRESS,
  AO_FREEPOOLS,
  AO_NEXTARENA,
  AO_NFREEPOOLS,
  AO_NTOTALPOOLS,
  AO_POOL_ADDRESS,
  AO_PREVARENA,
  ARENA_OBJECT_SIZE,
  ARENA_SIZE,
  MAX_POOLS_IN_ARENA,
} from './arena.js';
import type { Heap } from './heap.js';
import { HeapCorruption } from './memory.js';
import {
  DUMMY_SIZE_IDX,
  index2size,
  NB_SMALL_SIZE_CLASSES,
  POOL_ARENAINDEX,
  POOL_FREEBLOCK,
  POOL_MASK,
  POOL_MAXNEXTOFFSET,
  POOL_NEXTOFFSET,
  POOL_NEXTPOOL,
  POOL_OVERHEAD,
  POOL_PREVPOOL,
  POOL_REF,
  POOL_SIZE,
  POOL_SZIDX,
} from './pool.js';
import {
  FL_COUNT,
  FLAG_FREE,
  FLAG_PREV_FREE,
  listIndex,
  RAW_MIN_BLOCK,
  RAW_NEXT_FREE,
  RAW_PREV_FREE,
  RAW_PREV_PHYS,
  RAW_SIZE,
  RAW_TAG,
  SL_COUNT,
  TAG_FREE,
  TAG_USED,
} from './raw.js';

function ensure(ok: boolean, message: string): void {
  if (!ok) throw new HeapCorruption(`checkHeap: ${message}`);
}

const hex = (n: number) => `0x${n.toString(16)}`;

/** Checks the raw allocator, then pymalloc; throws HeapCorruption naming the first broken invariant. */
export function checkHeap(heap: Heap, live: Uint32Array | null): void {
  checkRaw(heap);
  checkPymalloc(heap, live);
}

function checkRaw(heap: Heap): void {
  const u32 = heap.mem.u32;
  const raw = heap.raw;
  // INVARIANT: blocks tile [start, sentinel) exactly; a block's tag says whether it is free;
  // PREV_FREE says whether the block below is free, and then prevPhys points at it; no two
  // free blocks touch (they would have been merged).
  const free = new Set<number>();
  let used = 0;
  let usedBytes = 0;
  let prev = 0;
  let prevFree = false;
  let b = raw.start;
  while (b < raw.sentinel) {
    const word = u32[(b + RAW_SIZE) >>> 2];
    const size = (word & ~15) >>> 0;
    const isFree = (word & FLAG_FREE) !== 0;
    ensure(size >= RAW_MIN_BLOCK && b + size <= raw.sentinel, `raw block ${hex(b)} has a bad size ${size}`);
    ensure(u32[(b + RAW_TAG) >>> 2] === (isFree ? TAG_FREE : TAG_USED), `raw block ${hex(b)} has a bad tag`);
    ensure(
      ((word & FLAG_PREV_FREE) !== 0) === prevFree,
      `raw block ${hex(b)}: PREV_FREE disagrees with the block below`,
    );
    if (prevFree) {
      ensure(u32[(b + RAW_PREV_PHYS) >>> 2] === prev, `raw block ${hex(b)}: prevPhys is wrong`);
      ensure(!isFree, `raw blocks ${hex(prev)} and ${hex(b)} are both free but not merged`);
    }
    if (isFree) free.add(b);
    else {
      used++;
      usedBytes += size;
    }
    prev = b;
    prevFree = isFree;
    b += size;
  }
  ensure(b === raw.sentinel, 'raw blocks overrun the sentinel');
  ensure(((u32[(b + RAW_SIZE) >>> 2] & FLAG_PREV_FREE) !== 0) === prevFree, 'sentinel PREV_FREE is wrong');
  ensure(used === raw.usedBlocks, `raw usedBlocks is ${raw.usedBlocks}, the walk found ${used}`);
  ensure(usedBytes === raw.usedBytes, `raw usedBytes is ${raw.usedBytes}, the walk found ${usedBytes}`);
  // INVARIANT: every free block is on exactly the list its size maps to; the lists are
  // well linked; a bitmap bit is set exactly when its list (or class) is non-empty.
  for (let fl = 0; fl < FL_COUNT; fl++) {
    for (let sl = 0; sl < SL_COUNT; sl++) {
      const index = fl * SL_COUNT + sl;
      let back = 0;
      for (let f = raw.heads[index]; f !== 0; f = u32[(f + RAW_NEXT_FREE) >>> 2]) {
        ensure(free.has(f), `free list ${index} holds ${hex(f)}, which is not a free block`);
        ensure(
          listIndex((u32[(f + RAW_SIZE) >>> 2] & ~15) >>> 0) === index,
          `free block ${hex(f)} is on the wrong list`,
        );
        ensure(u32[(f + RAW_PREV_FREE) >>> 2] === back, `free block ${hex(f)}: prevFree is wrong`);
        free.delete(f);
        back = f;
      }
      const bit = (raw.slBitmap[fl] >>> sl) & 1;
      ensure(bit === (raw.heads[index] !== 0 ? 1 : 0), `second-level bitmap bit ${fl}/${sl} is wrong`);
    }
    ensure(
      ((raw.flBitmap >>> fl) & 1) === (raw.slBitmap[fl] !== 0 ? 1 : 0),
      `first-level bitmap bit ${fl} is wrong`,
    );
  }
  ensure(free.size === 0, `${free.size} free block(s) are on no free list`);
}

// INVARIANT: an emptied pool whose filing is put off is the last on its ring, and its arena
// heads usable_arenas alone with its number of free pools and would not be freed by filing
// it (so filing it, then taking a pool, gives it back with the arenas unchanged).
/** Checks the invariant of the emptied pool whose filing pymalloc put off, if any. */
export function checkDeferredPool(heap: Heap): void {
  const u32 = heap.mem.u32;
  const pm = heap.pymalloc;
  const d = pm.deferredPool >>> 0;
  if (d === 0 || u32[(d + POOL_REF) >>> 2] !== 0) return;
  ensure(heap.pymalloc.map.contains(d), `deferred pool ${hex(d)} is not in an arena`);
  const szidx = u32[(d + POOL_SZIDX) >>> 2];
  ensure(
    u32[(d + POOL_NEXTPOOL) >>> 2] === pm.ringHead(szidx) >>> 0,
    `deferred pool ${hex(d)} is not last on its ring`,
  );
  const ao = (pm.arenas + u32[(d + POOL_ARENAINDEX) >>> 2] * ARENA_OBJECT_SIZE) >>> 0;
  ensure(ao === pm.usableArenas >>> 0, `deferred pool ${hex(d)}: its arena does not head usable_arenas`);
  const nf = u32[(ao + AO_NFREEPOOLS) >>> 2];
  ensure(pm.nfp2lasta[nf] >>> 0 === ao, `deferred pool ${hex(d)}: another arena has ${nf} free pools`);
  ensure(
    nf + 1 !== u32[(ao + AO_NTOTALPOOLS) >>> 2] || u32[(ao + AO_NEXTARENA) >>> 2] === 0,
    `deferred pool ${hex(d)}: filing it would free its arena`,
  );
}

function checkPymalloc(heap: Heap, live: Uint32Array | null): void {
  const u32 = heap.mem.u32;
  const pm = heap.pymalloc;
  checkDeferredPool(heap);
  pm.flushDeferred();
  if (pm.arenas !== 0) {
    ensure(heap.raw.isUsed(pm.arenas as never), 'the arena vector is not a raw block in use');
    ensure(
      heap.raw.usableSize(pm.arenas as never) >= pm.maxarenas * ARENA_OBJECT_SIZE,
      'arena vector too small',
    );
  }
  // INVARIANT: unused_arena_objects links exactly the slots without memory.
  let unused = 0;
  for (let ao = pm.unusedArenaObjects >>> 0; ao !== 0; ao = u32[(ao + AO_NEXTARENA) >>> 2]) {
    ensure(u32[(ao + AO_ADDRESS) >>> 2] === 0, `unused arena slot ${hex(ao)} has memory`);
    ensure(++unused <= pm.maxarenas, 'unused_arena_objects has a cycle');
  }
  // INVARIANT: usable_arenas is a well-linked list, sorted by ascending nfreepools, of exactly
  // the arenas that have a free pool; nfp2lasta[n] is its last arena with n free pools.
  const usable = new Set<number>();
  const lastWith = new Uint32Array(MAX_POOLS_IN_ARENA + 1);
  let back = 0;
  let lastNf = 0;
  for (let ao = pm.usableArenas >>> 0; ao !== 0; ao = u32[(ao + AO_NEXTARENA) >>> 2]) {
    const nf = u32[(ao + AO_NFREEPOOLS) >>> 2];
    ensure(u32[(ao + AO_ADDRESS) >>> 2] !== 0, `usable arena ${hex(ao)} has no memory`);
    ensure(nf > 0, `usable arena ${hex(ao)} has no free pool`);
    ensure(nf >= lastNf, 'usable_arenas is not sorted by nfreepools');
    ensure(u32[(ao + AO_PREVARENA) >>> 2] === back, `usable arena ${hex(ao)}: prevarena is wrong`);
    ensure(!usable.has(ao), 'usable_arenas has a cycle');
    usable.add(ao);
    lastWith[nf] = ao;
    lastNf = nf;
    back = ao;
  }
  for (let n = 0; n <= MAX_POOLS_IN_ARENA; n++) {
    ensure(
      pm.nfp2lasta[n] >>> 0 === lastWith[n],
      `nfp2lasta[${n}] is ${hex(pm.nfp2lasta[n] >>> 0)}, expected ${hex(lastWith[n])}`,
    );
  }
  const ringMembers = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
  let narenas = 0;
  for (let i = 0; i < pm.maxarenas; i++) {
    const ao = pm.arenas + i * ARENA_OBJECT_SIZE;
    const address = u32[(ao + AO_ADDRESS) >>> 2];
    if (address === 0) continue;
    narenas++;
    checkArena(heap, ao, i, usable.has(ao), ringMembers, live);
  }
  ensure(narenas + unused === pm.maxarenas, 'arena slots are neither in use nor on unused_arena_objects');
  ensure(narenas === pm.narenasCurrentlyAllocated, 'narenas_currently_allocated is wrong');
  // INVARIANT: usedpools[i] is a well-linked ring of exactly the used pools of class i.
  for (let i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
    const head = pm.ringHead(i);
    let n = 0;
    let prev = head;
    for (
      let pool = u32[(head + POOL_NEXTPOOL) >>> 2];
      pool !== head;
      pool = u32[(pool + POOL_NEXTPOOL) >>> 2]
    ) {
      ensure(u32[(pool + POOL_PREVPOOL) >>> 2] === prev, `pool ${hex(pool)}: prevpool is wrong in ring ${i}`);
      ensure(u32[(pool + POOL_SZIDX) >>> 2] === i, `pool ${hex(pool)} is on ring ${i} but has another class`);
      ensure(++n <= ringMembers[i], `ring ${i} holds a pool that is not a used pool of its class`);
      prev = pool;
    }
    ensure(u32[(head + POOL_PREVPOOL) >>> 2] === prev, `ring ${i}: the head's prevpool is wrong`);
    ensure(n === ringMembers[i], `ring ${i} misses ${ringMembers[i] - n} used pool(s)`);
  }
}

function checkArena(
  heap: Heap,
  ao: number,
  index: number,
  isUsable: boolean,
  ringMembers: number[],
  live: Uint32Array | null,
): void {
  const u32 = heap.mem.u32;
  const pm = heap.pymalloc;
  const address = u32[(ao + AO_ADDRESS) >>> 2];
  const total = u32[(ao + AO_NTOTALPOOLS) >>> 2];
  const nf = u32[(ao + AO_NFREEPOOLS) >>> 2];
  ensure(heap.raw.isUsed(address as never), `arena ${index} is not a raw block in use`);
  ensure(heap.raw.usableSize(address as never) >= ARENA_SIZE, `arena ${index} is smaller than an arena`);
  ensure(
    pm.map.contains(address) && pm.map.contains(address + ARENA_SIZE - 1),
    `arena ${index} is not mapped`,
  );
  ensure(
    total === ((address & POOL_MASK) === 0 ? MAX_POOLS_IN_ARENA : MAX_POOLS_IN_ARENA - 1),
    'bad ntotalpools',
  );
  ensure(isUsable === nf > 0, `arena ${index}: on usable_arenas ⇔ has a free pool`);
  const first = (address & POOL_MASK) === 0 ? address : address - (address & POOL_MASK) + POOL_SIZE;
  const carveAt = u32[(ao + AO_POOL_ADDRESS) >>> 2];
  const uncarved = (first + total * POOL_SIZE - carveAt) / POOL_SIZE;
  ensure(
    Number.isInteger(uncarved) && uncarved >= 0 && uncarved <= total,
    `arena ${index}: bad pool_address`,
  );
  // INVARIANT: nfreepools = cached empty pools + uncarved pools; cached pools are empty.
  const cached = new Set<number>();
  for (let pool = u32[(ao + AO_FREEPOOLS) >>> 2]; pool !== 0; pool = u32[(pool + POOL_NEXTPOOL) >>> 2]) {
    ensure(
      pool >= first && pool < carveAt && (pool - first) % POOL_SIZE === 0,
      `free pool ${hex(pool)} is astray`,
    );
    ensure(!cached.has(pool), `arena ${index}: freepools has a cycle`);
    cached.add(pool);
  }
  ensure(
    nf === cached.size + uncarved,
    `arena ${index}: nfreepools ${nf} ≠ ${cached.size} cached + ${uncarved} uncarved`,
  );
  for (let pool = first; pool < carveAt; pool += POOL_SIZE) {
    ensure(u32[(pool + POOL_ARENAINDEX) >>> 2] === index, `pool ${hex(pool)}: arenaindex is wrong`);
    const count = u32[(pool + POOL_REF) >>> 2];
    ensure(cached.has(pool) === (count === 0), `pool ${hex(pool)}: empty ⇔ on its arena's freepools`);
    const szidx = u32[(pool + POOL_SZIDX) >>> 2];
    if (szidx === DUMMY_SIZE_IDX) {
      ensure(count === 0, `pool ${hex(pool)} has blocks but no size class`);
      continue;
    }
    ensure(szidx < NB_SMALL_SIZE_CLASSES, `pool ${hex(pool)}: bad szidx ${szidx}`);
    const full = checkPool(heap, pool, szidx, count, live);
    if (count > 0 && !full) ringMembers[szidx]++;
  }
}

/** Checks one carved pool's free list and counts; returns true if it is full. */
function checkPool(
  heap: Heap,
  pool: number,
  szidx: number,
  count: number,
  live: Uint32Array | null,
): boolean {
  const u32 = heap.mem.u32;
  const size = index2size(szidx);
  const nextoffset = u32[(pool + POOL_NEXTOFFSET) >>> 2];
  ensure(u32[(pool + POOL_MAXNEXTOFFSET) >>> 2] === POOL_SIZE - size, `pool ${hex(pool)}: bad maxnextoffset`);
  ensure(
    (nextoffset - POOL_OVERHEAD) % size === 0 && nextoffset <= POOL_SIZE,
    `pool ${hex(pool)}: bad nextoffset`,
  );
  // INVARIANT: the free list holds distinct carved blocks; carved = in use + free.
  const carved = (nextoffset - POOL_OVERHEAD) / size;
  const free = new Set<number>();
  for (let bp = u32[(pool + POOL_FREEBLOCK) >>> 2]; bp !== 0; bp = u32[bp >>> 2]) {
    const off = bp - pool;
    ensure(
      off >= POOL_OVERHEAD && off < nextoffset && (off - POOL_OVERHEAD) % size === 0,
      `bad free block ${hex(bp)}`,
    );
    ensure(!free.has(bp), `pool ${hex(pool)}: the free list has a cycle`);
    free.add(bp);
  }
  ensure(
    carved - free.size === count,
    `pool ${hex(pool)}: ref.count ${count} ≠ ${carved} carved − ${free.size} free`,
  );
  const full = u32[(pool + POOL_FREEBLOCK) >>> 2] === 0;
  if (full) ensure(nextoffset > POOL_SIZE - size, `pool ${hex(pool)} has no free block but can still carve`);
  if (live !== null) {
    for (let off = POOL_OVERHEAD; off < nextoffset; off += size) {
      const bp = pool + off;
      const bit = (live[bp >>> 9] >>> ((bp >>> 4) & 31)) & 1;
      ensure(bit === (free.has(bp) ? 0 : 1), `live map disagrees about block ${hex(bp)}`);
    }
  }
  return full;
}
