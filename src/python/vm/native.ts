// The narrow native API: everything the interpreter, its builtins and its modules may do
// to objects. They never touch object layouts themselves; `native-impl.ts` implements this
// on top of src/objects.
//
// Ownership: a function returning an object returns a NEW reference unless its doc says
// "borrowed". Arguments are borrowed unless the doc says "stolen".

import type { Ptr } from '../../heap/index.js';
import type { ObjectSpace, SliceSpec } from '../../objects/index.js';

/** The native API over one object space. */
export interface Native {
  readonly space: ObjectSpace;

  // ── making objects (new references) ──
  /** int from a JS integer (safe range). */
  int(n: number): Ptr;
  /** int from a BigInt. */
  bigint(n: bigint): Ptr;
  /** float. */
  float(x: number): Ptr;
  /** complex. */
  complex(real: number, imag: number): Ptr;
  /** str from a JS string. */
  str(s: string): Ptr;
  /** The interned str for an identifier (borrowed: the interpreter keeps one reference for its lifetime). */
  intern(s: string): Ptr;
  /** PyUnicode_InternInPlace for sys.intern: a new reference to the interned str equal to `op` (an exact str; `op` itself if it becomes the interned one). */
  internInPlace(op: Ptr): Ptr;
  /** bytes. */
  bytes(b: Uint8Array): Ptr;
  /** A tuple of `items` (stolen). */
  tuple(items: Ptr[]): Ptr;
  /** A list of `items` (stolen), exact size as BUILD_LIST. */
  list(items: Ptr[]): Ptr;
  /** A list made by extending an empty list with a tuple (LIST_EXTEND's exact preallocation). */
  listFromTuple(tuple: Ptr): Ptr;
  /** An empty dict. */
  dict(): Ptr;
  /** An empty set. */
  set(): Ptr;
  /** A frozenset of the items of an iterable. */
  frozenset(iterable: Ptr): Ptr;
  /** slice(start, stop, step) (borrowed). */
  slice(start: Ptr, stop: Ptr, step: Ptr): Ptr;

  // ── type tests ──
  isInt(op: Ptr): boolean;
  isExactInt(op: Ptr): boolean;
  isFloat(op: Ptr): boolean;
  isStr(op: Ptr): boolean;
  isBytes(op: Ptr): boolean;
  isTuple(op: Ptr): boolean;
  isList(op: Ptr): boolean;
  isDict(op: Ptr): boolean;
  isSet(op: Ptr): boolean;
  isSlice(op: Ptr): boolean;
  /** PySlice_Unpack's three fields of a slice object, as JS numbers (None is null). */
  sliceSpec(key: Ptr): SliceSpec;

  // ── reading values ──
  /** The int's value as a JS number if it is a safe integer, else NaN. */
  intSafe(op: Ptr): number;
  /** The int's value as a BigInt. */
  intBig(op: Ptr): bigint;
  /** The float's value. */
  floatValue(op: Ptr): number;
  /** The str's text. */
  jsStr(op: Ptr): string;
  /** The bytes' contents (a copy). */
  bytesValue(op: Ptr): Uint8Array;
  /** Items of a tuple (borrowed). */
  tupleItems(op: Ptr): Ptr[];
  /** Items of a list (borrowed, a snapshot). */
  listItems(op: Ptr): Ptr[];
  /** len() of a tuple, list, dict, set, str or bytes. */
  size(op: Ptr): number;
  /** slice attributes (borrowed). */
  sliceParts(op: Ptr): [Ptr, Ptr, Ptr];

  // ── containers ──
  listAppend(list: Ptr, item: Ptr): void;
  /** len() of a list (or list subclass instance), O(1). */
  listLen(list: Ptr): number;
  /** PyList_GET_ITEM: item `i` (borrowed; 0 <= i < len unchecked). */
  listGet(list: Ptr, i: number): Ptr;
  /** list[i] = item for 0 <= i < len: stores a new reference, releases the old item. */
  listSet(list: Ptr, i: number, item: Ptr): void;
  /** list.insert(i, item). */
  listInsert(list: Ptr, i: number, item: Ptr): void;
  /** list.pop(i): the item removed (new reference); IndexError as list.pop. */
  listPop(list: Ptr, i: number): Ptr;
  listExtend(list: Ptr, iterable: Ptr): void;
  /** list.sort(key=None, reverse=False) with a JS comparison of two items (borrowed). */
  listSort(
    list: Ptr,
    lessThan: (a: Ptr, b: Ptr) => boolean,
    reverse: boolean,
    key?: ((item: Ptr) => Ptr) | null,
  ): void;
  /** dict[key] (borrowed) or 0 when missing; may raise for unhashable keys. */
  dictGet(dict: Ptr, key: Ptr): Ptr;
  /** dict[key] = value. */
  dictSet(dict: Ptr, key: Ptr, value: Ptr): void;
  /** del dict[key]; false when missing. */
  dictDel(dict: Ptr, key: Ptr): boolean;
  /** (key, value) pairs (borrowed), in order. */
  dictItems(dict: Ptr): [Ptr, Ptr][];
  setAdd(set: Ptr, item: Ptr): void;
  setContains(set: Ptr, item: Ptr): boolean;
  /** Items of a set (borrowed). */
  setItems(set: Ptr): Ptr[];
  /** The entry at or after position `pos` of a dict: [key, value, next position] (borrowed), or null at the end. */
  dictNext(dict: Ptr, pos: number): [Ptr, Ptr, number] | null;
  /** The item at or after position `pos` of a set: [item, next position] (borrowed), or null at the end. */
  setNext(set: Ptr, pos: number): [Ptr, number] | null;
  /** A str of one character of `s` (cached singletons for latin-1), as str iteration yields. */
  strItem(s: Ptr, i: number): Ptr;

  // ── generic protocols of the object layer ──
  hash(op: Ptr): number;
  /** `a op b` for the object layer's own types: new reference, or NotImplemented (new reference). */
  richCompare(a: Ptr, b: Ptr, op: number): Ptr;
  /** A binary operator (NB_* number, +13 for in-place) between object-layer types, or NotImplemented. */
  binary(a: Ptr, b: Ptr, op: number): Ptr;
  /** A unary operator ('USub', 'UAdd', 'Invert') or NotImplemented. */
  unary(a: Ptr, op: string): Ptr;
  /** repr() as text, through the type slots (containers repr their items the same way). */
  repr(op: Ptr): string;
  /** Item access for built-in sequences and mappings; 0 when the type has none. */
  getItem(container: Ptr, key: Ptr): Ptr;
  /** Item assignment for built-in containers; false when the type has none. */
  setItem(container: Ptr, key: Ptr, value: Ptr): boolean;
  /** Item deletion for built-in containers; false when the type has none. */
  delItem(container: Ptr, key: Ptr): boolean;
  /** `item in container` for built-in containers; null when the type has none. */
  contains(container: Ptr, item: Ptr): boolean | null;
  /** sys.getsizeof without the error cases. */
  sizeof(op: Ptr): number;
  /** Empties every free list (gc's full collections do this). */
  clearFreeLists(): void;
  /** Free-list lines for sys._debugmallocstats(). */
  freeListLines(): string[];
}
