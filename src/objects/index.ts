// The object layer (L2): the Python object model in the heap.

export * from './bytes.js';
export * from './cell.js';
export { isMemoryError, PyErr, raise } from './errors.js';
export * from './float.js';
export * from './floatarith.js';
export { float_repr } from './floatrepr.js';
export * from './floattext.js';
export * from './function.js';
export { exactHash } from './hash.js';
export { foldHash, foldHashBig, HASH_MODULUS, siphash13 } from './hashing.js';
export * from './int.js';
export * from './longarith.js';
export * from './longbits.js';
export { long_fromString } from './longtext.js';
export * from './method.js';
export { isPrintable, printableFlips } from './printable.js';
export { compareSymbol, isTrue, newBool, richCompare, richCompareBool } from './protocol.js';
export { DEFAULT_PY_SLOTS, ObjectSpace, pointerHash, type SpaceOptions } from './space.js';
export * from './str.js';
export * from './strops.js';
export { unicode_repr } from './strrepr.js';
export { CompareOp, type PyTypeSlots } from './typeslots.js';
export * from './weakrefobject.js';
