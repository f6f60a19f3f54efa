# gc.is_tracked for the built-in types, slots instances, functions, classes, modules; tuples and dicts untracked by a collection.
import gc, types, sys

class C: pass
class S:
    __slots__ = ('a',)
class S0:
    __slots__ = ()
class SD:
    __slots__ = ('__dict__',)
def f(): pass
def g(): yield 1
vals = [
    ('int', 1), ('bigint', 10**30), ('float', 1.5), ('complex', 1j), ('str', 'abc'),
    ('bytes', b'x'), ('bytearray', bytearray(b'x')), ('None', None), ('bool', True),
    ('tuple0', ()), ('tuple_atoms', (1, 2)), ('tuple_list', ([],)), ('list0', []),
    ('list_atoms', [1]), ('dict0', {}), ('dict_atoms', {'a': 1}), ('dict_list', {'a': []}),
    ('set0', set()), ('frozenset', frozenset([1])), ('frozenset0', frozenset()),
    ('range', range(3)), ('slice', slice(1, 2)), ('object', object()), ('C()', C()),
    ('S()', S()), ('S0()', S0()), ('SD()', SD()), ('function', f), ('lambda', lambda: 0), ('class', C),
    ('builtin_type', int), ('module', types), ('gen', g()), ('builtin_fn', len),
    ('bound_method', C().__init__), ('method', [].append), ('cell', (lambda: vals).__closure__),
    ('property', property()), ('staticmethod', staticmethod(f)), ('classmethod', classmethod(f)),
    ('Ellipsis', ...), ('NotImplemented', NotImplemented), ('exc', ValueError()),
    ('iter_list', iter([])), ('iter_tuple', iter(())), ('enumerate', enumerate([])),
    ('zip', zip()), ('map', map(f, [])),
    ('type(None)', type(None)), ('code', f.__code__), ('mappingproxy', C.__dict__),
    ('weakref', None),
]
import weakref
c = C()
vals[-1] = ('weakref', weakref.ref(c))
for name, v in vals:
    print(name, gc.is_tracked(v))

# untracking by a collection
t1 = (1, 2, 'x')
t2 = ((1, 2), ('a',))
t3 = ([], 1)
d1 = {'a': 1, 'b': 'x'}
d2 = {'a': (1, 2)}
d3 = {'a': []}
print([gc.is_tracked(o) for o in (t1, t2, t3, d1, d2, d3)])
gc.collect()
print([gc.is_tracked(o) for o in (t1, t2, t3, d1, d2, d3)])
d1['c'] = []
d2['z'] = 5
print(gc.is_tracked(d1), gc.is_tracked(d2))
t4 = tuple([1, 2, 3])
print(gc.is_tracked(t4))
gc.collect()
print(gc.is_tracked(t4))
inst = C()
inst.x = 1
print(gc.is_tracked(inst), gc.is_tracked(inst.__dict__))
gc.collect()
print(gc.is_tracked(inst.__dict__))
inst.y = []
print(gc.is_tracked(inst.__dict__))
s = S(); s.a = 1
print(gc.is_tracked(s))
print(gc.is_tracked(frozenset([(1,), 2])))
