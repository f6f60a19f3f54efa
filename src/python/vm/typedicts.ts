// The namespaces of built-in types (`list.__dict__`, `vars(int)`): CPython's static types
// carry a tp_dict of method descriptors, slot wrappers, getset and member descriptors,
// __new__ and __doc__. pymm keeps a built-in type's attributes in native tables
// (nativeMethods, nativeClassMethods, nativeGetters), so the dict is made from them when
// first asked for and kept for the program's life. It is never consulted by attribute
// lookup (the tables are), so ordinary lookups cost what they did.
//
// Getset and member descriptors (`int.real`, `type.__dict__['__mro__']`) are the native
// getset_descriptor and member_descriptor objects that classes.ts makes for __slots__.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import type { NativeImpl } from './calls.js';
import { Interpreter } from './interp.js';

/** `type.name` pairs that CPython declares as members (PyMemberDef), not getsets. */
const MEMBERS = new Set(
  [
    'AttributeError.name AttributeError.obj BaseException.__suppress_context__',
    'ImportError.msg ImportError.name ImportError.path NameError.name',
    'OSError.errno OSError.strerror OSError.filename OSError.filename2 StopIteration.value',
    'SyntaxError.msg SyntaxError.filename SyntaxError.lineno SyntaxError.offset SyntaxError.text',
    'SyntaxError.end_lineno SyntaxError.end_offset SyntaxError.print_file_and_line SystemExit.code',
    'UnicodeDecodeError.encoding UnicodeDecodeError.object UnicodeDecodeError.start',
    'UnicodeDecodeError.end UnicodeDecodeError.reason UnicodeEncodeError.encoding',
    'UnicodeEncodeError.object UnicodeEncodeError.start UnicodeEncodeError.end',
    'UnicodeEncodeError.reason UnicodeTranslateError.encoding UnicodeTranslateError.object',
    'UnicodeTranslateError.start UnicodeTranslateError.end UnicodeTranslateError.reason',
    'builtin_function_or_method.__module__ classmethod.__func__ classmethod.__wrapped__',
    'code.co_argcount code.co_posonlyargcount code.co_kwonlyargcount code.co_stacksize',
    'code.co_flags code.co_nlocals code.co_consts code.co_names code.co_filename code.co_name',
    'code.co_qualname code.co_firstlineno code.co_linetable code.co_exceptiontable',
    'complex.real complex.imag coroutine.cr_code coroutine.cr_origin',
    'frame.f_trace_lines frame.f_trace_opcodes function.__closure__ function.__doc__',
    'function.__globals__ function.__module__ function.__builtins__ generator.gi_code',
    'method.__func__ method.__self__ module.__dict__ property.fget property.fset property.fdel',
    'property.__doc__ range.start range.stop range.step slice.start slice.stop slice.step',
    'staticmethod.__func__ staticmethod.__wrapped__ super.__thisclass__ super.__self__',
    'super.__self_class__ traceback.tb_frame traceback.tb_lasti async_generator.ag_running',
    'async_generator.ag_code type.__basicsize__ type.__itemsize__ type.__flags__',
    'type.__weakrefoffset__ type.__base__ type.__dictoffset__ type.__mro__',
  ]
    .join(' ')
    .split(' '),
);

/** Built-in types whose dict sets __hash__ to None (tp_hash = PyObject_HashNotImplemented). */
const UNHASHABLE = new Set([
  'bytearray',
  'cell',
  'collections.deque',
  'dict',
  'dict_items',
  'dict_keys',
  'list',
  'set',
  'slice',
]);

/**
 * Slots and methods that CPython's static types define themselves but pymm's inherit from a
 * base (each type's tp_getattro, tp_new, tp_init, …): their dict entries are the inherited ones.
 */
const OWN_INHERITED: Record<string, string> = {
  type: '__delattr__ __dir__ __getattribute__ __setattr__ __sizeof__',
  int: '__getattribute__ __sizeof__',
  bool: '__and__ __new__ __or__ __rand__ __ror__ __rxor__ __xor__',
  float: '__getattribute__',
  complex: '__eq__ __getattribute__ __ne__ __new__',
  str: '__getattribute__ __sizeof__',
  bytes: '__getattribute__ __str__',
  bytearray: '__eq__ __getattribute__ __init__ __ne__ __new__ __reduce__ __reduce_ex__ __sizeof__ __str__',
  list: '__getattribute__ __sizeof__',
  tuple: '__getattribute__',
  dict: '__getattribute__ __sizeof__',
  set: '__getattribute__ __reduce__ __sizeof__',
  frozenset: '__getattribute__ __reduce__ __sizeof__',
  range: '__eq__ __getattribute__ __ne__ __new__ __reduce__',
  slice: '__eq__ __getattribute__ __ne__ __new__ __reduce__',
  memoryview: '__eq__ __ge__ __getattribute__ __gt__ __hash__ __le__ __lt__ __ne__ __new__',
  property: '__getattribute__ __init__ __new__',
  staticmethod: '__init__ __new__',
  classmethod: '__init__ __new__',
  super: '__getattribute__ __init__ __new__',
  enumerate: '__getattribute__ __new__ __reduce__',
  zip: '__getattribute__ __new__ __reduce__',
  map: '__getattribute__ __new__ __reduce__',
  filter: '__getattribute__ __new__ __reduce__',
  reversed: '__getattribute__ __new__ __reduce__',
  BaseException: '__delattr__ __getattribute__ __new__ __setattr__',
  Exception: '__init__ __new__',
  ValueError: '__init__ __new__',
  KeyError: '__init__',
  OSError: '__new__ __reduce__',
  StopIteration: '__init__',
  SyntaxError: '__init__',
  function: '__new__',
  method:
    '__delattr__ __eq__ __ge__ __getattribute__ __gt__ __hash__ __le__ __lt__ __ne__ __new__ __reduce__ __setattr__',
  generator: '__getattribute__ __sizeof__',
  code: '__eq__ __ge__ __getattribute__ __gt__ __hash__ __le__ __lt__ __ne__ __new__ __sizeof__',
  frame: '__delattr__ __getattribute__ __setattr__ __sizeof__',
  traceback: '__dir__ __getattribute__ __new__',
  module: '__delattr__ __dict__ __dir__ __getattribute__ __init__ __new__ __setattr__',
  NoneType: '__new__',
  NotImplementedType: '__new__ __reduce__',
  ellipsis: '__getattribute__ __new__ __reduce__',
  list_iterator: '__getattribute__ __reduce__',
  dict_keys: '__eq__ __getattribute__ __ne__',
  dict_items: '__eq__ __getattribute__ __ne__',
  dict_values: '__getattribute__',
  builtin_function_or_method:
    '__eq__ __ge__ __getattribute__ __gt__ __hash__ __le__ __lt__ __ne__ __reduce__',
  method_descriptor: '__getattribute__ __reduce__',
  wrapper_descriptor: '__getattribute__ __reduce__',
  'method-wrapper': '__eq__ __ge__ __getattribute__ __gt__ __hash__ __le__ __lt__ __ne__ __reduce__',
  classmethod_descriptor: '__getattribute__',
};

/**
 * What pymm's tables hold for a type that CPython's type does not define itself: an
 * exception's __repr__ is BaseException's; the attributes a staticmethod, classmethod or
 * bound method forwards from its function are not the type's.
 */
const NOT_OWN: Record<string, string[]> = {
  staticmethod: ['__annotations__', '__module__', '__name__', '__qualname__'],
  classmethod: ['__annotations__', '__module__', '__name__', '__qualname__'],
  method: ['__module__', '__name__', '__qualname__'],
  type: ['__class_getitem__'],
};

/** type's own getsets and members, which typeGetAttr answers before any table. */
const TYPE_ATTRS = [
  '__basicsize__',
  '__itemsize__',
  '__flags__',
  '__weakrefoffset__',
  '__base__',
  '__dictoffset__',
  '__mro__',
  '__name__',
  '__qualname__',
  '__bases__',
  '__module__',
  '__abstractmethods__',
  '__dict__',
  '__doc__',
  '__text_signature__',
  '__annotations__',
];

/** The order typeobject.c's slotdefs give slot wrappers in a type's dict. */
const SLOT_ORDER = [
  ...'repr hash call str getattribute setattr delattr lt le eq ne gt ge iter next get set delete init del'.split(
    ' ',
  ),
  ...'await aiter anext add radd sub rsub mul rmul mod rmod divmod rdivmod pow rpow neg pos abs bool'.split(
    ' ',
  ),
  ...'invert lshift rlshift rshift rrshift and rand xor rxor or ror int float iadd isub imul imod ipow'.split(
    ' ',
  ),
  ...'ilshift irshift iand ixor ior floordiv rfloordiv truediv rtruediv ifloordiv itruediv index'.split(' '),
  ...'matmul rmatmul imatmul len getitem setitem delitem contains'.split(' '),
].map((s) => `__${s}__`);
const SLOT_RANK = new Map(SLOT_ORDER.map((s, i) => [s, i]));

declare module './interp.js' {
  interface Interpreter {
    /** Built-in types' namespaces, made on first use (see typedicts.ts). */
    staticTypeDicts: Map<Ptr, Ptr>;
    /** The namespace of the built-in type `type` (borrowed), made on first use. */
    staticTypeDict(type: Ptr): Ptr;
    /** The names a built-in type defines itself, in its dict's order. */
    staticTypeNames(type: Ptr): string[];
    /** The getset/member descriptor of `owner.name` (a new reference). */
    getsetDescriptor(owner: Ptr, name: string): Ptr;
  }
}

const I = Interpreter.prototype;

// Runs `make` with automatic collection held off and generation 0's count put back, as
// CPython's static objects were made before the program ran.
function asStatic<T>(interp: Interpreter, make: () => T): T {
  const state = interp.space.rt.gc;
  const count = state.count[0];
  const enabled = state.enabled;
  state.enabled = false;
  try {
    return make();
  } finally {
    state.enabled = enabled;
    state.count[0] = count;
  }
}

I.getsetDescriptor = function (this: Interpreter, owner: Ptr, name: string): Ptr {
  const d = this.staticTypeDict(owner);
  const v = this.n.dictGet(d, this.n.intern(name));
  if (v !== NULL) return this.ref(v);
  return NULL;
};

// A getset_descriptor or member_descriptor of a built-in type (as classes.ts makes for
// __slots__): its __get__ reads the attribute as getattr does.
function newDescriptor(interp: Interpreter, owner: Ptr, name: string): Ptr {
  const short = interp.typeName(owner).slice(interp.typeName(owner).lastIndexOf('.') + 1);
  const kind = MEMBERS.has(`${short}.${name}`) ? interp.memberType : interp.getsetType;
  return interp.newRefsObject(kind, 48, [owner, interp.n.intern(name)]);
}

// Whether the type's dict sets __hash__ to None (tp_hash = PyObject_HashNotImplemented).
function unhashable(interp: Interpreter, type: Ptr): boolean {
  return UNHASHABLE.has(interp.typeName(type));
}

/**
 * Whether `__hash__` looked up along `type`'s MRO past its classes' dicts is the None of an
 * unhashable built-in's dict (`[].__hash__`, `slice.__hash__`, a list subclass's).
 */
export function inheritsHashNone(interp: Interpreter, type: Ptr): boolean {
  for (const t of interp.mroOf(type)) {
    if (interp.classes.has(t)) continue;
    if (unhashable(interp, t)) return true;
    if (interp.nativeMethods.get(t)?.has('__hash__')) return false;
  }
  return false;
}

I.staticTypeNames = function (this: Interpreter, type: Ptr): string[] {
  // A method whose implementation a base has too is inherited (an exception's __repr__).
  const own = this.nativeMethods.get(type);
  const bases = this.mroOf(type).slice(1);
  const methods = [...(own?.keys() ?? [])].filter(
    (s) => !bases.some((b) => this.nativeMethods.get(b)?.get(s) === own?.get(s)),
  );
  const inherited = OWN_INHERITED[this.typeName(type)]?.split(' ') ?? [];
  for (const s of inherited) if (!methods.includes(s)) methods.push(s);
  const slots = methods
    .filter((s) => SLOT_RANK.has(s))
    .sort((a, b) => (SLOT_RANK.get(a) ?? 0) - (SLOT_RANK.get(b) ?? 0));
  const names = new Set<string>();
  if (methods.includes('__new__')) names.add('__new__');
  for (const s of slots) names.add(s);
  if (unhashable(this, type)) names.add('__hash__');
  for (const s of methods) names.add(s);
  for (const s of this.nativeClassMethods.get(type)?.keys() ?? []) names.add(s);
  if (type === this.space.typeType) for (const s of TYPE_ATTRS) names.add(s);
  if (type === this.space.objectType) names.add('__class__');
  for (const s of this.nativeGetters.get(type)?.keys() ?? []) names.add(s);
  const tn = this.typeName(type);
  for (const s of NOT_OWN[tn] ?? []) names.delete(s);
  if (tn !== 'BaseException' && this.isSubtype(type, this.exc.type('BaseException')))
    names.delete('__repr__');
  names.delete('__doc__');
  names.add('__doc__');
  return [...names];
};

I.staticTypeDict = function (this: Interpreter, type: Ptr): Ptr {
  if (this.staticTypeDicts === undefined) this.staticTypeDicts = new Map();
  const cached = this.staticTypeDicts.get(type);
  if (cached !== undefined) return cached;
  return asStatic(this, () => {
    const n = this.n;
    const d = n.dict();
    this.staticTypeDicts.set(type, d);
    this.space.rt.checker?.markLongLived(d);
    const getters = this.nativeGetters.get(type);
    const methods = this.nativeMethods.get(type);
    const classMethods = this.nativeClassMethods.get(type);
    const tn = this.typeName(type);
    for (const s of this.staticTypeNames(type)) {
      const key = n.intern(s);
      let v: Ptr;
      if (s === '__doc__' && type !== this.space.typeType) {
        v = this.typeGetAttr(type, key);
      } else if (s === '__hash__' && unhashable(this, type)) {
        v = this.newNone();
      } else if (s === '__dict__' && type !== this.space.typeType) {
        v = newDescriptor(this, type, s);
      } else if (methods?.has(s) || OWN_INHERITED[tn]?.split(' ').includes(s)) {
        v = this.typeGetAttr(type, key);
      } else if (classMethods?.has(s)) {
        v = classMethodDescriptor(this, type, s, classMethods.get(s) as NativeImpl);
      } else if (getters?.has(s) || type === this.space.typeType || s === '__class__') {
        v = newDescriptor(this, type, s);
      } else continue;
      if (v === NULL) continue;
      n.dictSet(d, key, v);
      this.decref(v);
    }
    return d;
  });
};

// classmethod_descriptor: `dict.__dict__['fromkeys']`, called with the class first.
function classMethodDescriptor(interp: Interpreter, type: Ptr, s: string, cm: NativeImpl): Ptr {
  const tn = interp.typeName(type);
  const impl: NativeImpl = (_self, args, kw) => {
    if (args.length === 0)
      throw new PyErr('TypeError', `descriptor '${s}' of '${tn}' object needs an argument`);
    const cls = args[0];
    if (!interp.isType(cls))
      throw new PyErr(
        'TypeError',
        `descriptor '${s}' for type '${tn}' needs a type, not a '${interp.space.typeName(cls)}' as arg 2`,
      );
    if (!interp.isSubtype(cls, type))
      throw new PyErr(
        'TypeError',
        `descriptor '${s}' requires a subtype of '${tn}' but received '${interp.typeName(cls)}'`,
      );
    return cm(cls, args.slice(1), kw);
  };
  return interp.newMethodDescriptor(s, impl, `${tn}.${s}`, type, true);
}
