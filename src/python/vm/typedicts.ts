// The namespaces of built-in types (`list.__dict__`, `vars(int)`): CPython's static types
// carry a tp_dict of method descriptors, slot wrappers, getset and member descriptors,
// __new__ and __doc__. pymm keeps a built-in type's attributes in native tables
// (nativeMethods, nativeClassMethods, nativeGetters), so the dict is made from them when
// first asked for and kept for the program's life. It is never consulted by attribute
// lookup (the tables are), so ordinary lookups cost what they did.
//
// Getset and member descriptors (`int.real`, `type.__dict__['__mro__']`) are instances of
// two small Python classes, made on first use like mappingproxy; their __get__ calls the
// native getter of the type that owns them.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import type { NativeImpl } from './calls.js';
import { Interpreter } from './interp.js';

const SOURCE = `
class getset_descriptor:
    __slots__ = ('__objclass__', '__name__')

    def __get__(self, instance, owner=None, /):
        if instance is None:
            return self
        return _descr_get(self.__objclass__, self.__name__, instance)

    def __set__(self, instance, value, /):
        _descr_set(self.__objclass__, self.__name__, instance, value)

    def __delete__(self, instance, /):
        _descr_set(self.__objclass__, self.__name__, instance)

    def __repr__(self):
        return f"<attribute '{self.__name__}' of '{self.__objclass__.__name__}' objects>"

    def __reduce__(self):
        return getattr, (self.__objclass__, self.__name__)


class member_descriptor(getset_descriptor):
    __slots__ = ()

    def __repr__(self):
        return f"<member '{self.__name__}' of '{self.__objclass__.__name__}' objects>"


getset_descriptor.__module__ = member_descriptor.__module__ = 'builtins'
`;

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
const UNHASHABLE = new Set(['bytearray', 'cell', 'dict', 'dict_items', 'dict_keys', 'list', 'set', 'slice']);

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
    /** The getset_descriptor class (NULL until first used). */
    getsetDescriptorClass: Ptr;
    /** The member_descriptor class (NULL until first used). */
    memberDescriptorClass: Ptr;
    /** The namespace of the built-in type `type` (borrowed), made on first use. */
    staticTypeDict(type: Ptr): Ptr;
    /** The names a built-in type defines itself, in its dict's order. */
    staticTypeNames(type: Ptr): string[];
    /** The getset/member descriptor of `owner.name` (a new reference). */
    getsetDescriptor(owner: Ptr, name: string): Ptr;
  }
}

const I = Interpreter.prototype;
I.getsetDescriptorClass = NULL;
I.memberDescriptorClass = NULL;

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

// The module-level helpers of the descriptor classes.
function descrGet(interp: Interpreter, objclass: Ptr, name: Ptr, obj: Ptr): Ptr {
  const s = interp.n.jsStr(name);
  checkSelf(interp, objclass, s, obj);
  if (objclass === interp.space.typeType) {
    const r = interp.typeGetAttr(obj, name);
    if (r === NULL) throw interp.attributeError(obj, name);
    return r;
  }
  for (const t of interp.mroOf(objclass)) {
    const g = interp.nativeGetters.get(t)?.get(s);
    if (g !== undefined) return g(obj);
  }
  return interp.genericGetAttr(obj, name);
}

function checkSelf(interp: Interpreter, objclass: Ptr, s: string, obj: Ptr): void {
  if (interp.isSubtype(interp.space.rt.typeObject(obj), objclass)) return;
  throw new PyErr(
    'TypeError',
    `descriptor '${s}' for '${interp.typeName(objclass)}' objects doesn't apply to a '${interp.space.typeName(obj)}' object`,
  );
}

function descriptorClass(interp: Interpreter): Ptr {
  if (interp.getsetDescriptorClass !== NULL) return interp.getsetDescriptorClass;
  const n = interp.n;
  const ns = n.dict();
  try {
    n.dictSet(ns, n.intern('__name__'), n.intern('builtins'));
    const get: NativeImpl = (_self, a) => descrGet(interp, a[0], a[1], a[2]);
    const set: NativeImpl = (_self, a) => {
      const s = n.jsStr(a[1]);
      checkSelf(interp, a[0], s, a[2]);
      if (a.length > 3) interp.genericSetAttr(a[2], a[1], a[3]);
      else interp.genericDelAttr(a[2], a[1]);
      return interp.newNone();
    };
    for (const [name, impl] of [
      ['_descr_get', get],
      ['_descr_set', set],
    ] as const) {
      const f = interp.newBuiltin(name, impl);
      n.dictSet(ns, n.intern(name), f);
      interp.decref(f);
    }
    interp.runPythonInto(SOURCE, '<frozen descriptors>', ns);
    for (const field of ['getsetDescriptorClass', 'memberDescriptorClass'] as const) {
      const cls = n.dictGet(
        ns,
        n.intern(field === 'getsetDescriptorClass' ? 'getset_descriptor' : 'member_descriptor'),
      );
      interp.incref(cls);
      interp[field] = cls;
      interp.space.rt.checker?.markLongLived(cls);
    }
  } finally {
    interp.decref(ns);
  }
  return interp.getsetDescriptorClass;
}

I.getsetDescriptor = function (this: Interpreter, owner: Ptr, name: string): Ptr {
  const d = this.staticTypeDict(owner);
  const v = this.n.dictGet(d, this.n.intern(name));
  if (v !== NULL) return this.ref(v);
  return NULL;
};

function newDescriptor(interp: Interpreter, owner: Ptr, name: string): Ptr {
  descriptorClass(interp);
  const short = interp.typeName(owner).slice(interp.typeName(owner).lastIndexOf('.') + 1);
  const klass = MEMBERS.has(`${short}.${name}`) ? interp.memberDescriptorClass : interp.getsetDescriptorClass;
  const op = interp.newInstance(klass);
  interp.genericSetAttr(op, interp.n.intern('__objclass__'), owner);
  const nm = interp.n.str(name);
  interp.genericSetAttr(op, interp.n.intern('__name__'), nm);
  interp.decref(nm);
  return op;
}

I.staticTypeNames = function (this: Interpreter, type: Ptr): string[] {
  const methods = [...(this.nativeMethods.get(type)?.keys() ?? [])];
  const slots = methods
    .filter((s) => SLOT_RANK.has(s))
    .sort((a, b) => (SLOT_RANK.get(a) ?? 0) - (SLOT_RANK.get(b) ?? 0));
  const names = new Set<string>();
  if (methods.includes('__new__')) names.add('__new__');
  for (const s of slots) names.add(s);
  if (UNHASHABLE.has(this.typeName(type))) names.add('__hash__');
  for (const s of methods) names.add(s);
  for (const s of this.nativeClassMethods.get(type)?.keys() ?? []) names.add(s);
  if (type === this.space.typeType) for (const s of TYPE_ATTRS) names.add(s);
  if (type === this.space.objectType) names.add('__class__');
  for (const s of this.nativeGetters.get(type)?.keys() ?? []) names.add(s);
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
      } else if (s === '__hash__' && UNHASHABLE.has(tn)) {
        v = this.newNone();
      } else if (methods?.has(s)) {
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
        `descriptor '${s}' for type '${tn}' needs a type, not a '${interp.space.typeName(cls)}' as arg 1`,
      );
    if (!interp.isSubtype(cls, type))
      throw new PyErr(
        'TypeError',
        `descriptor '${s}' requires a subtype of '${tn}' but received '${interp.typeName(cls)}'`,
      );
    return cm(cls, args.slice(1), kw);
  };
  const op = interp.newBuiltin(s, impl, NULL, `${tn}.${s}`);
  const entry = interp.natives[interp.nativeIndex.get(impl) as number];
  entry.objclass = tn;
  return op;
}
