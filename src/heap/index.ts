// The heap layer (L0): bytes, blocks, pools and arenas.
export * from './memory.js';
