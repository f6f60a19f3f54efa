// pymalloc's hot-path layout as number literals: the pool header and arena record offsets
// (in bytes and in 32-bit words), the size constants and where usedpools lives. obmalloc.ts
// reads them as L.NAME; tsc writes every use as the literal itself.

import * as Arena from './arena.js';
import * as Pool from './pool.js';

// The layout as a const enum, so that tsc writes each use as a number literal: V8 neither
// folds constants imported from another module nor a module's own `const`s (each use reads
// a context slot and checks it for the hole), and those reads cost time and inlining budget
// in the hot paths. Checked once at load against pool.ts and arena.ts.
// biome-ignore-start lint/suspicious/noDuplicateEnumValues: a layout has equal offsets in different structs
// biome-ignore lint/suspicious/noConstEnum: tsc inlines each member as a literal, which is the point (no isolatedModules here)
export const enum L {
  AO_ADDRESS = 0,
  AO_NEXTARENA = 32,
  AO_NFREEPOOLS = 16,
  AO_NTOTALPOOLS = 20,
  AO_POOL_ADDRESS = 8,
  AO_FREEPOOLS = 24,
  ARENA_OBJECT_SIZE = 48,
  ARENA_SIZE = 1048576,
  INITIAL_ARENA_OBJECTS = 16,
  MAX_POOLS_IN_ARENA = 64,
  DUMMY_SIZE_IDX = 0xffff,
  POOL_OVERHEAD = 48,
  POOL_NEXTPOOL = 16,
  POOL_PREVPOOL = 24,
  POOL_SIZE = 16384,
  POOL_SZIDX = 36,
  SMALL_REQUEST_THRESHOLD = 512,
  /** Where the heap keeps usedpools (heap.ts's USEDPOOLS_ADDRESS). */
  USEDPOOLS = 32,
  /** USEDPOOLS in 32-bit words: usedpools[2i] (ring i's nextpool) is word USEDPOOLS_W + 4 i. */
  USEDPOOLS_W = 8,
  /** The fake pool header of size class 0's ring, 16 bytes below usedpools; class i's is at RING0 + 16 i. */
  RING0 = 16,
  NB_SMALL_SIZE_CLASSES = 32,
  POOL_MASK = 16383,
  P_REF = 0,
  P_FREEBLOCK = 2,
  P_NEXTPOOL = 4,
  P_PREVPOOL = 6,
  P_ARENAINDEX = 8,
  P_SZIDX = 9,
  P_NEXTOFFSET = 10,
  P_MAXNEXTOFFSET = 11,
  A_ADDRESS = 0,
  A_POOL_ADDRESS = 2,
  A_NFREEPOOLS = 4,
  A_NTOTALPOOLS = 5,
  A_FREEPOOLS = 6,
  A_NEXTARENA = 8,
  A_PREVARENA = 10,
}
// biome-ignore-end lint/suspicious/noDuplicateEnumValues: end of the layout
// Field offsets in 32-bit words are L.P_* (pool header) and L.A_* (arena record): m[(p >>> 2) + L.P_SZIDX].
if (
  L.AO_ADDRESS !== Arena.AO_ADDRESS ||
  L.AO_NEXTARENA !== Arena.AO_NEXTARENA ||
  L.AO_NFREEPOOLS !== Arena.AO_NFREEPOOLS ||
  L.AO_NTOTALPOOLS !== Arena.AO_NTOTALPOOLS ||
  L.AO_POOL_ADDRESS !== Arena.AO_POOL_ADDRESS ||
  L.AO_FREEPOOLS !== Arena.AO_FREEPOOLS ||
  L.ARENA_OBJECT_SIZE !== Arena.ARENA_OBJECT_SIZE ||
  L.ARENA_SIZE !== Arena.ARENA_SIZE ||
  L.INITIAL_ARENA_OBJECTS !== Arena.INITIAL_ARENA_OBJECTS ||
  L.MAX_POOLS_IN_ARENA !== Arena.MAX_POOLS_IN_ARENA ||
  L.DUMMY_SIZE_IDX !== Pool.DUMMY_SIZE_IDX ||
  L.NB_SMALL_SIZE_CLASSES !== Pool.NB_SMALL_SIZE_CLASSES ||
  L.POOL_MASK !== Pool.POOL_MASK ||
  L.POOL_OVERHEAD !== Pool.POOL_OVERHEAD ||
  L.POOL_NEXTPOOL !== Pool.POOL_NEXTPOOL ||
  L.POOL_PREVPOOL !== Pool.POOL_PREVPOOL ||
  L.POOL_SIZE !== Pool.POOL_SIZE ||
  L.POOL_SZIDX !== Pool.POOL_SZIDX ||
  L.SMALL_REQUEST_THRESHOLD !== Pool.SMALL_REQUEST_THRESHOLD ||
  L.P_REF !== Pool.POOL_REF >>> 2 ||
  L.P_FREEBLOCK !== Pool.POOL_FREEBLOCK >>> 2 ||
  L.P_NEXTPOOL !== Pool.POOL_NEXTPOOL >>> 2 ||
  L.P_PREVPOOL !== Pool.POOL_PREVPOOL >>> 2 ||
  L.P_ARENAINDEX !== Pool.POOL_ARENAINDEX >>> 2 ||
  L.P_SZIDX !== Pool.POOL_SZIDX >>> 2 ||
  L.P_NEXTOFFSET !== Pool.POOL_NEXTOFFSET >>> 2 ||
  L.P_MAXNEXTOFFSET !== Pool.POOL_MAXNEXTOFFSET >>> 2 ||
  L.A_ADDRESS !== Arena.AO_ADDRESS >>> 2 ||
  L.A_POOL_ADDRESS !== Arena.AO_POOL_ADDRESS >>> 2 ||
  L.A_NFREEPOOLS !== Arena.AO_NFREEPOOLS >>> 2 ||
  L.A_NTOTALPOOLS !== Arena.AO_NTOTALPOOLS >>> 2 ||
  L.A_FREEPOOLS !== Arena.AO_FREEPOOLS >>> 2 ||
  L.A_NEXTARENA !== Arena.AO_NEXTARENA >>> 2 ||
  L.A_PREVARENA !== Arena.AO_PREVARENA >>> 2
) {
  throw new Error('obmalloc: layout literals disagree with pool.ts and arena.ts');
}
