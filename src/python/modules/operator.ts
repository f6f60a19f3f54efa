// The `operator` module: the operators as native functions (through the interpreter's own
// binary, comparison and item protocols), itemgetter / attrgetter / methodcaller in Python.
// https://docs.python.org/3.11/library/operator.html

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';
import { toBigIndex } from './numconv.js';
import { runWithTpNameHook } from './tpname.js';

// NB_* numbers of CPython's binary operators (the in-place forms are 13 further).
const BINARY: [string, number][] = [
  ['add', 0],
  ['and_', 1],
  ['floordiv', 2],
  ['lshift', 3],
  ['matmul', 4],
  ['mul', 5],
  ['mod', 6],
  ['or_', 7],
  ['pow', 8],
  ['rshift', 9],
  ['sub', 10],
  ['truediv', 11],
  ['xor', 12],
];

// Py_LT … Py_GE.
const COMPARE: [string, number][] = [
  ['lt', 0],
  ['le', 1],
  ['eq', 2],
  ['ne', 3],
  ['gt', 4],
  ['ge', 5],
];

/** Fills the operator module. */
export function initOperatorModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  const def = (names: string[], f: (args: Ptr[], kw: Ptr[] | null) => Ptr) => {
    interp.defNative(dict, names[0], (_s, a, k) => f(a, k));
    const fn = n.dictGet(dict, n.intern(names[0]));
    for (const alias of names.slice(1)) n.dictSet(dict, n.intern(alias), fn);
  };
  const dunder = (name: string) => `__${name.replace(/_$/, '')}__`;
  for (const [name, op] of BINARY) {
    def([name, dunder(name)], (a, k) => {
      argCount(name, a, k, 2, 2);
      return interp.binary(a[0], a[1], op);
    });
    const iname = `i${name.replace(/_$/, '')}`;
    def([iname, `__${iname}__`], (a, k) => {
      argCount(iname, a, k, 2, 2);
      return interp.binary(a[0], a[1], op + 13);
    });
  }
  for (const [name, op] of COMPARE) {
    def([name, dunder(name)], (a, k) => {
      argCount(name, a, k, 2, 2);
      return interp.compare(a[0], a[1], op);
    });
  }
  const unary = (names: string[], op: string) =>
    def(names, (a, k) => {
      argCount(names[0], a, k, 1, 1);
      return interp.unary(a[0], op);
    });
  unary(['neg', '__neg__'], 'USub');
  unary(['pos', '__pos__'], 'UAdd');
  unary(['invert', 'inv', '__invert__', '__inv__'], 'Invert');
  def(['not_', '__not__'], (a, k) => {
    argCount('not_', a, k, 1, 1);
    return interp.bool(!interp.truthy(a[0]));
  });
  def(['truth'], (a, k) => {
    argCount('truth', a, k, 1, 1);
    return interp.bool(interp.truthy(a[0]));
  });
  def(['is_'], (a, k) => {
    argCount('is_', a, k, 2, 2);
    return interp.bool(a[0] === a[1]);
  });
  def(['is_not'], (a, k) => {
    argCount('is_not', a, k, 2, 2);
    return interp.bool(a[0] !== a[1]);
  });
  def(['index', '__index__'], (a, k) => {
    argCount('index', a, k, 1, 1);
    if (n.isExactInt(a[0])) return interp.ref(a[0]);
    return n.bigint(toBigIndex(interp, a[0]));
  });
  def(['getitem', '__getitem__'], (a, k) => {
    argCount('getitem', a, k, 2, 2);
    return interp.getItem(a[0], a[1]);
  });
  def(['setitem', '__setitem__'], (a, k) => {
    argCount('setitem', a, k, 3, 3);
    interp.setItem(a[0], a[1], a[2]);
    return interp.newNone();
  });
  def(['delitem', '__delitem__'], (a, k) => {
    argCount('delitem', a, k, 2, 2);
    interp.delItem(a[0], a[1]);
    return interp.newNone();
  });
  def(['contains', '__contains__'], (a, k) => {
    argCount('contains', a, k, 2, 2);
    return interp.bool(interp.contains(a[0], a[1]));
  });
  const concat = (name: string, op: number) =>
    def([name, `__${name}__`], (a, k) => {
      argCount(name, a, k, 2, 2);
      const t = interp.space.rt.typeObject(a[0]);
      if (!n.isList(a[0]) && !n.isTuple(a[0]) && !n.isStr(a[0]) && !n.isBytes(a[0])) {
        if (interp.typeLookup(t, n.intern('__getitem__')) === NULL)
          throw new PyErr('TypeError', `'${interp.space.typeName(a[0])}' object can't be concatenated`);
      }
      return interp.binary(a[0], a[1], op);
    });
  concat('concat', 0);
  concat('iconcat', 13);
  // itemgetter, attrgetter and methodcaller are C in CPython (_operator): no frames of theirs
  // in a traceback.
  interp.hiddenTracebackFiles ??= new Set();
  interp.hiddenTracebackFiles.add('<frozen operator>');
  runWithTpNameHook(interp, OPERATOR_PY, '<frozen operator>', dict);
}

const OPERATOR_PY = String.raw`
_builtin_abs = abs


def abs(a):
    "Same as abs(a)."
    return _builtin_abs(a)

__abs__ = abs


def countOf(a, b):
    "Return the number of items in a which are, or which equal, b."
    count = 0
    for i in a:
        if i is b or i == b:
            count += 1
    return count


def indexOf(a, b):
    "Return the first index of b in a."
    for i, j in enumerate(a):
        if j is b or j == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(obj, default=0):
    "Return an estimate of the number of items in obj."
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    val = hint(obj)
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError('__length_hint__ must be integer, not %s' % type(val).__name__)
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return val


def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)

__call__ = call


class attrgetter:
    """Return a callable object that fetches the given attribute(s) from its operand."""
    __slots__ = ('_attrs', '_call')

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError('attribute name must be a string')
        self._attrs = attrs
        self._call = [tuple(a.split('.')) for a in attrs]

    def _get(self, obj, names):
        for name in names:
            obj = getattr(obj, name)
        return obj

    def __call__(self, /, *args, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('attrgetter expected 1 argument, got %d' % len(args))
        obj = args[0]
        if len(self._call) == 1:
            return self._get(obj, self._call[0])
        return tuple([self._get(obj, names) for names in self._call])

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))

    def __reduce__(self):
        return self.__class__, self._attrs

    def __sizeof__(self):
        # tp_basicsize of CPython's attrgetterobject (nattrs, attr, vectorcall).
        return 40


class itemgetter:
    """Return a callable object that fetches the given item(s) from its operand."""
    __slots__ = ('_items', '_single')

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items
        self._single = len(items) == 1

    def __call__(self, /, *args, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('itemgetter expected 1 argument, got %d' % len(args))
        obj = args[0]
        if self._single:
            return obj[self._items[0]]
        return tuple([obj[i] for i in self._items])

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))

    def __reduce__(self):
        return self.__class__, self._items

    def __sizeof__(self):
        # tp_basicsize of CPython's itemgetterobject (nitems, item, index, vectorcall).
        return 48


class methodcaller:
    """Return a callable object that calls the given method on its operand."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, /, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        if not isinstance(args[0], str):
            raise TypeError('method name must be a string')
        self._name = args[0]
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, /, *args, **kwargs):
        if kwargs:
            raise TypeError('methodcaller() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('methodcaller expected 1 argument, got %d' % len(args))
        return getattr(args[0], self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return 'operator.methodcaller(%s)' % ', '.join(parts)

    def __reduce__(self):
        if not self._kwargs:
            return self.__class__, (self._name,) + self._args
        from functools import partial
        return partial(self.__class__, self._name, **self._kwargs), self._args


# The tp_names of CPython's C types (messages show 'operator.attrgetter').
for _cls in (attrgetter, itemgetter, methodcaller):
    _set_tp_name(_cls, 'operator.' + _cls.__name__)
del _cls, _set_tp_name
`;
