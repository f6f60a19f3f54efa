// The object layer (L2): the Python object model in the heap.

export * from './bytearray.js';
export * from './bytes.js';
export * from './cell.js';
export * from './complex.js';
export { complex_parse } from './complextext.js';
export { powCorrect } from './ddpow.js';
export * from './deque.js';
export * from './dequeends.js';
export * from './dequeiter.js';
export * from './dequeops.js';
export * from './dequesearch.js';
export * from './dict.js';
export * from './dictinsert.js';
export * from './dictkeys.js';
export * from './dictops.js';
export * from './dictsplit.js';
export { isMemoryError, keepJsStacks, PyErr, PyThrowable, raise, raiseKeyError, V8Error } from './errors.js';
export * from './float.js';
export * from './floatarith.js';
export { float_repr } from './floatrepr.js';
export * from './floattext.js';
export { clearFreeLists, type FreeListKeep, freeListLines, trimFreeLists } from './freelists.js';
export * from './function.js';
export { exactHash } from './hash.js';
export { foldHash, foldHashBig, HASH_MODULUS, siphash13 } from './hashing.js';
export * from './int.js';
export * from './list.js';
export * from './listops.js';
export * from './listslice.js';
export * from './listsort.js';
export * from './longarith.js';
export * from './longbits.js';
export { long_fromString } from './longtext.js';
export * from './memoryformat.js';
export * from './memoryview.js';
export * from './method.js';
export { isPrintable, printableFlips } from './printable.js';
export { compareSymbol, isTrue, newBool, richCompare, richCompareBool } from './protocol.js';
export {
  checkRecursionHeadroom,
  enterRecursiveCall,
  type GuardState,
  type RecursionHost,
  recursionErrorFor,
  recursionGuardState,
  withRecursionGuard,
  withReprGuard,
} from './reprguard.js';
export * from './set.js';
export * from './setalgebra.js';
export { set_next } from './setiter.js';
export * from './setops.js';
export * from './settable.js';
export * from './slicing.js';
export {
  DEFAULT_PY_SLOTS,
  ObjectSpace,
  pointerHash,
  type SpaceOptions,
  STARTUP_REFS,
  STATIC_INIT_REFCNT,
} from './space.js';
export * from './str.js';
export * from './strappend.js';
export * from './strcase.js';
export * from './strctype.js';
export * from './strfind.js';
export { isAscii as str_isAscii } from './strkinds.js';
export * from './strops.js';
export * from './strpad.js';
export { unicode_repr } from './strrepr.js';
export * from './strsplit.js';
export * from './strstrip.js';
export * from './strsub.js';
export { str_fromUtf8Surrogatepass, str_utf8Surrogatepass } from './strutf8.js';
export * from './subtype.js';
export * from './tuple.js';
export * from './tupleops.js';
export { CompareOp, type PyTypeSlots } from './typeslots.js';
export * from './weakrefobject.js';
