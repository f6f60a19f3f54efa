from collections import UserDict, OrderedDict, ChainMap
import types
def f(**kw): return kw
class M:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k * 2
print(f(**M()), f(**UserDict(x=1)), f(**OrderedDict(y=2)), f(**ChainMap({"z": 3})), f(**types.MappingProxyType({"w": 4})))
print({**M(), **UserDict(q=1)}, dict(M()), dict(**M()))
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(**M(), **{"a": 2})
except TypeError as e:
    print(e)
try:
    {**1}
except TypeError as e:
    print(e)
try:
    {**[1]}
except TypeError as e:
    print(e)
class Bad:
    def keys(self): return [1]
    def __getitem__(self, k): return k
try:
    f(**Bad())
except TypeError as e:
    print(e)
print({**Bad()})
