// mappingproxy: the read-only view that `cls.__dict__` and `types.MappingProxyType(m)`
// give (Objects/descrobject.c). pymm's is a Python class named `mappingproxy` (module
// builtins) with one slot, so an instance is 40 bytes and GC-tracked as CPython's is, and a
// new one is made on every `cls.__dict__`, as in CPython.
//
// The class is made on first use. Making it allocates a class, its functions and their
// dicts that CPython's static type does not: the generation-0 count is put back afterwards
// and automatic collection is held off meanwhile, so gc.get_count() and the moments of
// automatic collections stay CPython's.

import { NULL, type Ptr } from '../../heap/index.js';
import { Interpreter } from './interp.js';

const SOURCE = `
class mappingproxy:
    '''Read-only proxy of a mapping.'''
    __slots__ = ('_mapping',)

    def __new__(cls, mapping):
        if (not hasattr(type(mapping), '__getitem__') or isinstance(mapping, (list, tuple))
                or not hasattr(type(mapping), 'keys')):
            raise TypeError(f'mappingproxy() argument must be a mapping, not {type(mapping).__name__}')
        proxy = object.__new__(cls)
        object.__setattr__(proxy, '_mapping', mapping)
        return proxy

    def __getitem__(self, key):
        return self._mapping[key]

    def get(self, key, default=None, /):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __iter__(self):
        return iter(self._mapping)

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __ne__(self, other):
        return self._mapping != other

    __hash__ = None

    def __or__(self, other):
        if type(other) is mappingproxy:
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __ior__(self, other):
        raise TypeError(f"'|=' is not supported by mappingproxy; use '|' instead")

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

    def __delattr__(self, name):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


mappingproxy.__module__ = 'builtins'
`;

declare module './interp.js' {
  interface Interpreter {
    /** The mappingproxy class (NULL until first used). */
    mappingProxyClass: Ptr;
    /** A new mappingproxy of `mapping` (borrowed), as `cls.__dict__` returns. */
    newMappingProxy(mapping: Ptr): Ptr;
    /** The mappingproxy class, made on first use (borrowed). */
    mappingProxyType(): Ptr;
  }
}

const I = Interpreter.prototype;
I.mappingProxyClass = NULL;

I.mappingProxyType = function (this: Interpreter): Ptr {
  if (this.mappingProxyClass !== NULL) return this.mappingProxyClass;
  const state = this.space.rt.gc;
  const count = state.count[0];
  const enabled = state.enabled;
  state.enabled = false;
  const n = this.n;
  const ns = n.dict();
  try {
    n.dictSet(ns, n.intern('__name__'), n.intern('builtins'));
    this.runPythonInto(SOURCE, '<frozen mappingproxy>', ns);
    const cls = n.dictGet(ns, n.intern('mappingproxy'));
    this.incref(cls);
    this.mappingProxyClass = cls;
    this.space.rt.checker?.markLongLived(cls);
  } finally {
    this.decref(ns);
    state.enabled = enabled;
    state.count[0] = count;
  }
  return this.mappingProxyClass;
};

I.newMappingProxy = function (this: Interpreter, mapping: Ptr): Ptr {
  // mappingproxy_new's work without its checks (the caller passes a real mapping).
  const proxy = this.newInstance(this.mappingProxyType());
  try {
    this.genericSetAttr(proxy, this.n.intern('_mapping'), mapping);
  } catch (e) {
    this.decref(proxy);
    throw e;
  }
  return proxy;
};
