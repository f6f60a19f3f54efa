// The object layer (L2): the Python object model in the heap.
export { isMemoryError, PyErr, raise } from './errors.js';
export { compareSymbol, isTrue, newBool, richCompare, richCompareBool } from './protocol.js';
export { DEFAULT_PY_SLOTS, ObjectSpace, pointerHash, type SpaceOptions } from './space.js';
export { CompareOp, type PyTypeSlots } from './typeslots.js';
