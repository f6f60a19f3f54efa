// The object space: one runtime plus the Python object model living in its heap.
//
// It makes the static types in bootstrap order (`type` and `object` first), the
// singletons (None, NotImplemented, Ellipsis), and gives every type file one place to
// keep its type object and its state (free lists, caches). Generic protocols (hash,
// comparison, repr, sys.getsizeof) dispatch through the type slots from here.

import {
  GcModule,
  Runtime,
  type RuntimeOptions,
  TP_ID,
  TPFLAGS_BASETYPE,
  TPFLAGS_TYPE_SUBCLASS,
} from '../gc/index.js';
import { NULL, type Ptr } from '../heap/index.js';
import { type ByteArrayState, initByteArray } from './bytearray.js';
import { type BytesState, initBytes } from './bytes.js';
import { type CellState, initCell } from './cell.js';
import { type ComplexState, initComplex } from './complex.js';
import { type DequeState, initDeque } from './deque.js';
import { type DictState, dict_clearFreeList, initDict } from './dict.js';
import { raise } from './errors.js';
import { type FloatState, float_clearFreeList, initFloat } from './float.js';
import { type FunctionState, initFunction } from './function.js';
import { type IntState, initInt } from './int.js';
import { initList, type ListState, list_clearFreeList } from './list.js';
import { initMemoryView, type MemoryViewState } from './memoryview.js';
import { initMethod, type MethodState } from './method.js';
import { checkRecursionHeadroom, type GuardState } from './reprguard.js';
import { initSet, type SetState } from './set.js';
import { initStr, type StrState } from './str.js';
import { initTuple, type TupleState, tuple_clearFreeLists } from './tuple.js';
import { DEFAULT_PY_SLOTS, type PyTypeSlots, pointerHash } from './typeslots.js';
import { initWeakref, type WeakrefState } from './weakrefobject.js';

export { DEFAULT_PY_SLOTS, pointerHash };

/** How to build an object space. */
export type SpaceOptions = RuntimeOptions;

/** ob_refcnt of 3.11's statically initialised objects (_PyObject_IMMORTAL_INIT), not yet immortal. */
export const STATIC_INIT_REFCNT = 999_999_999;

/**
 * References CPython 3.11.7's own startup (site, io, encodings, the frozen stdlib's code
 * objects …) holds to None, True, False and Ellipsis, which pymm's smaller runtime does not
 * create: measured with `python3 -c 'import sys; print(sys.getrefcount(None))'` and added
 * once at startup, so the counts a program sees are CPython's size (getrefcount(None) >
 * 1000). See docs/design/deviations.md.
 */
export const STARTUP_REFS = { none: 5400, true: 400, false: 380, ellipsis: 10 };

/** A runtime and the Python object model in its heap. */
export class ObjectSpace {
  readonly rt: Runtime;
  /** sys.get_int_max_str_digits(): the longest decimal text an int converts to or from (0: no limit). */
  intMaxStrDigits = 4300;
  /** The recursion guard's state (reprguard.ts), kept here once made so that a check reads a field. */
  guardState: GuardState | null = null;
  /** The gc module over this space's runtime. */
  readonly gc: GcModule;
  /** `type`. */
  readonly typeType: Ptr;
  /** `object`. */
  readonly objectType: Ptr;
  /** `type(None)`. */
  readonly noneType: Ptr;
  /** `None`. */
  readonly none: Ptr;
  /** `type(NotImplemented)`. */
  readonly notImplementedType: Ptr;
  /** `NotImplemented`. */
  readonly notImplemented: Ptr;
  /** `type(...)`. */
  readonly ellipsisType: Ptr;
  /** `Ellipsis`. */
  readonly ellipsis: Ptr;
  /** `bool` (its base becomes `int` once int.ts has made it). */
  readonly boolType: Ptr;
  /** `True`: a static 1-digit int of value 1. */
  readonly true: Ptr;
  /** `False`: a static int of value 0 (ob_size 0). */
  readonly false: Ptr;
  /** `int` and the small ints. */
  readonly ints: IntState;
  /** `float` and its free list. */
  readonly floats: FloatState;
  /** The bytearray type. */
  readonly bytearrays: ByteArrayState;
  /** The complex type. */
  readonly complexes: ComplexState;
  /** `str`, its singletons and the interned strings. */
  readonly strs: StrState;
  /** `bytes` and its singletons. */
  readonly bytes: BytesState;
  /** `cell`. */
  readonly cells: CellState;
  /** `method` (bound methods). */
  readonly methods: MethodState;
  /** `function`. */
  readonly functions: FunctionState;
  /** weakref.ref and the proxy types. */
  readonly weakrefs: WeakrefState;
  /** tuple: type, empty singleton, free lists. */
  readonly tuples: TupleState;
  /** list: type, free list. */
  readonly lists: ListState;
  /** dict: type, shared empty keys, free lists. */
  readonly dicts: DictState;
  /** set and frozenset: types, dummy key. */
  readonly sets: SetState;
  /** collections.deque and its iterator types. */
  readonly deques: DequeState;
  readonly memoryviews: MemoryViewState;
  /** Static types by name (`int`, `list`, …), for the interpreter's builtins. */
  readonly builtinTypes = new Map<string, Ptr>();

  /** Makes a heap, a runtime and every built-in type and singleton. */
  constructor(options: SpaceOptions = {}) {
    const rt = new Runtime(options);
    this.rt = rt;
    this.gc = new GcModule(rt);
    // `type` is its own type; static type objects are never freed (their count stays ≥ 1).
    this.typeType = this.newStaticType({
      ...DEFAULT_PY_SLOTS,
      name: 'type',
      flags: TPFLAGS_BASETYPE | TPFLAGS_TYPE_SUBCLASS,
      basicsize: 904,
      dealloc: staticDealloc,
      hash: (op) => pointerHash(op),
      repr: (op) => `<class '${this.slots(op).name}'>`,
    });
    rt.setType(this.typeType, this.typeType);
    this.objectType = this.newStaticType({
      ...DEFAULT_PY_SLOTS,
      name: 'object',
      flags: TPFLAGS_BASETYPE,
      basicsize: 16,
      dealloc: (op) => rt.objectFree(op),
      hash: (op) => pointerHash(op),
    });
    // type's base is object (made after it).
    this.slots(this.typeType).base = this.objectType;
    this.noneType = this.newStaticType({
      ...DEFAULT_PY_SLOTS,
      name: 'NoneType',
      dealloc: staticDealloc,
      repr: () => 'None',
      hash: (op) => pointerHash(op),
    });
    this.none = this.newStaticObject(this.noneType, 16);
    rt.hooks.none = this.none;
    this.notImplementedType = this.newStaticType({
      ...DEFAULT_PY_SLOTS,
      name: 'NotImplementedType',
      dealloc: staticDealloc,
      repr: () => 'NotImplemented',
      hash: (op) => pointerHash(op),
    });
    this.notImplemented = this.newStaticObject(this.notImplementedType, 16);
    this.ellipsisType = this.newStaticType({
      ...DEFAULT_PY_SLOTS,
      name: 'ellipsis',
      dealloc: staticDealloc,
      repr: () => 'Ellipsis',
      hash: (op) => pointerHash(op),
    });
    this.ellipsis = this.newStaticObject(this.ellipsisType, 16);
    // bool: PyLongObject layout (see int.ts): ob_size at +16 (0 or 1), one 30-bit digit at +24.
    this.boolType = this.newStaticType({
      ...DEFAULT_PY_SLOTS,
      name: 'bool',
      basicsize: 24,
      itemsize: 4,
      dealloc: staticDealloc,
      repr: (op) => (op === this.true ? 'True' : 'False'),
      hash: (op) => (op === this.true ? 1 : 0),
      bool: (op) => op === this.true,
      sizeof: () => 28,
    });
    this.false = this.newStaticObject(this.boolType, 32);
    this.true = this.newStaticObject(this.boolType, 32);
    rt.mem.u32[(this.true + 16) >>> 2] = 1;
    rt.mem.u32[(this.true + 24) >>> 2] = 1;
    // ── each type file's init, in bootstrap order (int before anything that makes ints) ──
    this.ints = initInt(this);
    this.floats = initFloat(this);
    this.complexes = initComplex(this);
    this.strs = initStr(this);
    this.bytes = initBytes(this);
    this.bytearrays = initByteArray(this);
    this.cells = initCell(this);
    this.methods = initMethod(this);
    this.functions = initFunction(this);
    this.weakrefs = initWeakref(this);
    this.tuples = initTuple(this);
    this.lists = initList(this);
    this.dicts = initDict(this);
    this.sets = initSet(this);
    this.deques = initDeque(this);
    this.memoryviews = initMemoryView(this);
    // _PyGC_ClearAllFreeLists, in its order (which decides the order blocks return to pymalloc).
    const previous = rt.hooks.clearFreeLists;
    rt.hooks.clearFreeLists = () => {
      previous();
      tuple_clearFreeLists(this, this.tuples);
      float_clearFreeList(this);
      list_clearFreeList(this);
      dict_clearFreeList(this);
    };
  }

  /** Makes a static type (never freed, not tracked) and registers it under its name. */
  newStaticType(slots: PyTypeSlots): Ptr {
    const base = slots.base === NULL && this.objectType !== undefined ? this.objectType : slots.base;
    const full: PyTypeSlots = { ...slots, base };
    const t = this.rt.newStaticType(full, this.typeType ?? NULL);
    if (!this.builtinTypes.has(slots.name)) this.builtinTypes.set(slots.name, t);
    return t;
  }

  /**
   * Marks a static singleton as 3.11's statically initialised objects are
   * (`_PyObject_IMMORTAL_INIT`): ob_refcnt starts at 999999999 and then counts normally.
   * Small ints, the empty tuple, '' and the 1-character latin-1 strs, b'' and the 1-byte
   * bytes show counts just above 10^9 in python3.
   */
  markStaticInit(op: Ptr): void {
    this.rt.setRefcnt(op, STATIC_INIT_REFCNT + this.rt.refcnt(op) - 1);
  }

  /** Makes a static object (a singleton outside every allocator list, never freed). */
  newStaticObject(type: Ptr, size: number): Ptr {
    const op = this.rt.heap.rawCalloc(1, size);
    this.rt.setRefcnt(op, 1);
    this.rt.setType(op, type);
    this.rt.checker?.born(op, type, size);
    return op;
  }

  /** The slots of the type object `type`. */
  slots(type: Ptr): PyTypeSlots {
    return this.rt.types.slots[this.rt.mem.u32[(type + TP_ID) >>> 2]] as PyTypeSlots;
  }

  /** The slots of `op`'s type. */
  slotsOf(op: Ptr): PyTypeSlots {
    return this.rt.typeOf(op) as PyTypeSlots;
  }

  /** type(op).__name__. */
  typeName(op: Ptr): string {
    return this.rt.typeOf(op).name;
  }

  /** A new reference to `op` (Py_NewRef). */
  newRef(op: Ptr): Ptr {
    this.rt.incref(op);
    return op;
  }

  /** A new reference to None. */
  newNone(): Ptr {
    return this.newRef(this.none);
  }

  /** PyObject_Hash: hash(op), or TypeError for an unhashable type. */
  hash(op: Ptr): number {
    const slots = this.slotsOf(op);
    if (slots.hash === null) raise('TypeError', `unhashable type: '${slots.name}'`);
    return slots.hash(op);
  }

  /** PyObject_Repr as a JS string. */
  repr(op: Ptr): string {
    // PyObject_Repr runs tp_repr inside Py_EnterRecursiveCall; a container's repr enters
    // its own level (withReprGuard), so here the check alone is needed.
    checkRecursionHeadroom(this, 1, ' while getting the repr of an object');
    const slots = this.slotsOf(op);
    if (slots.repr !== null) return slots.repr(op);
    return `<${slots.name} object at 0x${op.toString(16)}>`;
  }

  /** True if `type` is `target` or derives from it along tp_base (single-inheritance layout chain). */
  isSubtypeOf(type: Ptr, target: Ptr): boolean {
    for (let t = type; t !== NULL; t = this.slots(t).base) if (t === target) return true;
    return false;
  }

  /** sys.getsizeof(op): __sizeof__ plus the GC head and managed-dict pre-header. */
  getsizeof(op: Ptr): number {
    const slots = this.slotsOf(op);
    const size = slots.sizeof !== null ? slots.sizeof(op) : slots.basicsize;
    return size + this.rt.preHeaderSize(slots.flags);
  }
}

// Static objects live for the whole run: reaching a zero count is a refcounting bug.
function staticDealloc(op: Ptr): void {
  throw new Error(`deallocating a static object at ${op}: its reference count was decremented too often`);
}
