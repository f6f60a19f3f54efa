// The bytes every object starts with, and the GC head in front of collectable ones.
//
// A pointer to an object (`op`) is the address of its ob_refcnt, as in CPython; `id()` is
// that address. Objects of GC types carry a PyGC_Head in the 16 bytes just before `op`;
// instances of classes with a managed dict carry two more words before that (the
// pre-header, CPython 3.11's `_PyType_PreHeaderSize`). The block the allocator handed out
// starts at the first of these words.
//
//            ┌────────────────────────────────┐
//   op - 32  │ managed dict: values array     │  only with Py_TPFLAGS_MANAGED_DICT
//   op - 24  │ managed dict: materialised dict│
//            ├────────────────────────────────┤
//   op - 16  │ _gc_next                       │  0 ⇔ untracked; bit 0 = NEXT_MASK_UNREACHABLE
//   op -  8  │ _gc_prev                       │  prev | FINALIZED (bit 0) | COLLECTING (bit 1);
//            │                                │  during a collection: gc_refs << 2 | flags
//            ╞════════════════════════════════╡
//   op +  0  │ ob_refcnt                      │  low 32 bits used (high word stays 0)
//   op +  8  │ ob_type                        │  the type object's address
//   op + 16  │ ob_size                        │  var-sized objects only
//            └────────────────────────────────┘
//
// Every 8-byte field keeps its value in the low (little-endian first) 4 bytes, so it is
// read as `u32[(op + OFFSET) >>> 2]`; a heap is at most 4 GiB, so every pointer fits.
//
// Constants in hot code: V8 (Node 20) reads an imported binding through its module cell,
// with a hole check, at every use, and never folds it into the address arithmetic; a
// module's own `const X = 8` is folded. The hot files (phases, lists, runtime, collect, the
// list and int objects) therefore keep local copies, declared `const X: typeof Layout.X = 8`
// so that tsc rejects a copy that disagrees with this file (the constants they copy have
// literal types here). Measured: the collector's phases ran ~30 % faster.
//
// Generation lists are circular doubly linked lists of GC heads (`g = op - 16`), with a
// 16-byte head of the same shape that belongs to no object.

import type { Ptr } from '../heap/index.js';

/** Offset of ob_refcnt in an object. */
export const OB_REFCNT = 0;
/** Offset of ob_type in an object. */
export const OB_TYPE = 8;
/** Offset of ob_size in a var-sized object. */
export const OB_SIZE = 16;
/** sizeof(PyObject). */
export const PYOBJECT_SIZE = 16;
/** sizeof(PyVarObject). */
export const PYVAROBJECT_SIZE = 24;

/** sizeof(PyGC_Head). */
export const GC_HEAD_SIZE = 16;
/** Offset of _gc_next within a GC head. */
export const GC_NEXT = 0;
/** Offset of _gc_prev within a GC head. */
export const GC_PREV = 8;
/** Extra pre-header words of a managed-dict instance (values, dict). */
export const MANAGED_DICT_PREHEADER = 16;
/** Offset of the values-array word of a managed-dict object, from `op`. */
export const MANAGED_VALUES = -32;
/** Offset of the materialised-dict word of a managed-dict object, from `op`. */
export const MANAGED_DICT = -24;

/** _gc_next bit 0: the object is in the tentatively unreachable list. */
export const NEXT_MASK_UNREACHABLE = 1;
/** _gc_prev bit 0: tp_finalize already ran on the object. */
export const PREV_MASK_FINALIZED = 1;
/** _gc_prev bit 1: the object belongs to the generation being collected. */
export const PREV_MASK_COLLECTING = 2;
/** _gc_prev: both flag bits. */
export const PREV_FLAGS = 3;
/** _gc_prev: gc_refs lives above the flags. */
export const PREV_SHIFT = 2;

/** The GC head of a GC object. */
export function asGc(op: Ptr): Ptr {
  return (op - GC_HEAD_SIZE) as Ptr;
}

/** The object behind a GC head. */
export function fromGc(g: Ptr): Ptr {
  return (g + GC_HEAD_SIZE) as Ptr;
}

// A type object as pymm lays it out. Only the words below are read by the runtime; the
// rest of the block is there so that `sys.getsizeof(int)` and the size class match
// CPython's (a static type is 408 bytes, a heap type 904). The slots themselves (traverse,
// clear, dealloc, …) are functions in a JS table indexed by tp_id.
//
//   +0   ┌────────────────────────────────┐
//        │ ob_refcnt, ob_type, ob_size    │  PyVarObject
//   +24  ├────────────────────────────────┤
//        │ tp_id: index in the type table │  (CPython: tp_name)
//   +28  │ tp_flags                       │  Py_TPFLAGS_*
//   +32  ├────────────────────────────────┤
//        │ tp_basicsize                   │
//   +40  │ tp_itemsize                    │
//   +48  ├────────────────────────────────┤
//        │ …                              │
//        └────────────────────────────────┘

/** Offset of the type-table index in a type object. */
export const TP_ID = 24;
/** Offset of the flags word in a type object. */
export const TP_FLAGS = 28;
/** Offset of tp_basicsize in a type object. */
export const TP_BASICSIZE = 32;
/** Offset of tp_itemsize in a type object. */
export const TP_ITEMSIZE = 40;
/** sizeof(PyTypeObject) in CPython 3.11 (64-bit). */
export const STATIC_TYPE_SIZE = 408;
/** sizeof(PyHeapTypeObject) in CPython 3.11 (64-bit): `type.__basicsize__`. */
export const HEAP_TYPE_SIZE = 904;

/** Py_TPFLAGS_MANAGED_DICT: instances keep their attributes before the GC head. */
export const TPFLAGS_MANAGED_DICT = 0x10; // 1 << 4
/** Py_TPFLAGS_HEAPTYPE: a class made at run time (instances own a reference to it). */
export const TPFLAGS_HEAPTYPE = 1 << 9;
/** Py_TPFLAGS_BASETYPE: the type may be subclassed. */
export const TPFLAGS_BASETYPE = 1 << 10;
/** Py_TPFLAGS_HAVE_GC: objects carry a GC head and may be tracked. */
export const TPFLAGS_HAVE_GC = 0x4000; // 1 << 14
/** pymm: the type has an isGc slot (CPython's tp_is_gc), consulted per object. */
export const TPFLAGS_HAS_IS_GC = 0x8000; // 1 << 15
/** pymm: instances are weak references (CPython tests `PyWeakref_Check`). */
export const TPFLAGS_WEAKREF_SUBCLASS = 1 << 16;
/** Py_TPFLAGS_LONG_SUBCLASS. */
export const TPFLAGS_LONG_SUBCLASS = 1 << 24;
/** Py_TPFLAGS_LIST_SUBCLASS. */
export const TPFLAGS_LIST_SUBCLASS = 1 << 25;
/** Py_TPFLAGS_TUPLE_SUBCLASS. */
export const TPFLAGS_TUPLE_SUBCLASS = 1 << 26;
/** Py_TPFLAGS_BYTES_SUBCLASS. */
export const TPFLAGS_BYTES_SUBCLASS = 1 << 27;
/** Py_TPFLAGS_UNICODE_SUBCLASS. */
export const TPFLAGS_UNICODE_SUBCLASS = 1 << 28;
/** Py_TPFLAGS_DICT_SUBCLASS. */
export const TPFLAGS_DICT_SUBCLASS = 1 << 29;
/** Py_TPFLAGS_BASE_EXC_SUBCLASS. */
export const TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;
/** Py_TPFLAGS_TYPE_SUBCLASS. */
export const TPFLAGS_TYPE_SUBCLASS = 2 ** 31;
