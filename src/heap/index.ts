// The heap layer (L0): bytes, blocks, pools and arenas.
export * from './arena.js';
export type { Domain, HeapHooks } from './events.js';
export { Heap, type HeapOptions, RAW_REGION_START, USEDPOOLS_ADDRESS } from './heap.js';
export * from './memory.js';
export * from './pool.js';
export { RawAllocator } from './raw.js';
export {
  collectStats,
  formatDebugMallocStats,
  formatFreeListLine,
  type HeapStats,
  printone,
  type SizeClassStats,
} from './stats.js';
