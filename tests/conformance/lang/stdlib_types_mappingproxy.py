# types.MappingProxyType (a read-only live view of a mapping), SimpleNamespace repr recursion,
# resolve_bases/prepare_class, GenericAlias and UnionType substitution of typing TypeVars.
import types
d = {'a': 1}
mp = types.MappingProxyType(d)
print(mp, mp['a'], len(mp), list(mp), 'a' in mp, mp.get('b', 2), mp.copy(), mp == {'a': 1}, type(mp), str(mp))
d['b'] = 2
print(mp, mp | {'c': 3}, list(mp.items()), list(reversed(mp)))
for bad in (lambda: mp.__setitem__('x', 1), lambda: types.MappingProxyType([1])):
    try: bad()
    except (TypeError, AttributeError) as e: print(type(e).__name__, e)
try:
    mp['z'] = 1
except TypeError as e: print(e)
try:
    del mp['a']
except TypeError as e: print(e)
ns = types.SimpleNamespace(a=1); ns.me = ns; print(ns)
print(types.resolve_bases((int, list[int])), types.prepare_class('X', (int,)))
print(list[int].__name__, list[int].__qualname__, dict[str, int].fromkeys('ab'))
import typing
T = typing.TypeVar('T')
print(list[T][int], dict[str, list[T]][int], (int | T)[str], list[T] | None)
print(types.MappingProxyType({}), len(types.MappingProxyType({1: 2})), types.MappingProxyType(types.MappingProxyType({'q': 1})))
K = typing.TypeVar('K')
print(dict[K, T][str, int], dict[K, T].__parameters__, (list[T] | None)[int], tuple[T, ...][str])
for bad in (lambda: list[int][str], lambda: dict[K, T][int], lambda: list[T][1, 2]):
    try:
        bad()
    except TypeError as e:
        print(e)
print(types.new_class('W', (typing.Generic[T],)).__orig_bases__, types.new_class('W', (typing.Generic[T],)).__parameters__)
