// The object layer (L2): the Python object model in the heap.

export * from './cell.js';
export * from './dict.js';
export * from './dictkeys.js';
export * from './dictops.js';
export { isMemoryError, PyErr, raise } from './errors.js';
export * from './function.js';
export * from './list.js';
export * from './listops.js';
export * from './listsort.js';
export * from './method.js';
export { compareSymbol, isTrue, newBool, richCompare, richCompareBool } from './protocol.js';
export * from './set.js';
export * from './setops.js';
export * from './slicing.js';
export { DEFAULT_PY_SLOTS, ObjectSpace, pointerHash, type SpaceOptions } from './space.js';
export * from './tuple.js';
export * from './tupleops.js';
export { CompareOp, type PyTypeSlots } from './typeslots.js';
export * from './weakrefobject.js';
