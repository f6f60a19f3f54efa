# collections.abc: isinstance/issubclass of built-in types, structural checks, register().
import collections.abc as cabc
from collections import abc, deque, OrderedDict, Counter, defaultdict, ChainMap, UserDict, UserList, UserString

names = ['Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container',
         'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping',
         'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence',
         'ByteString', 'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator']

def gen():
    yield 1

samples = {
    'int': 1, 'str': 'ab', 'bytes': b'ab', 'bytearray': bytearray(b'x'), 'list': [1], 'tuple': (1,),
    'dict': {'a': 1}, 'set': {1}, 'frozenset': frozenset(), 'range': range(3), 'None': None,
    'keys': {}.keys(), 'values': {}.values(), 'items': {}.items(), 'list_iter': iter([]),
    'gen': gen(), 'func': len, 'lambda': lambda: 0, 'type': int, 'deque': deque(),
    'OrderedDict': OrderedDict(), 'Counter': Counter(), 'defaultdict': defaultdict(),
    'ChainMap': ChainMap(), 'UserDict': UserDict(), 'UserList': UserList(), 'UserString': UserString(''),
    'zip': zip(), 'map': map(len, []), 'enumerate': enumerate([]),
    'reversed': reversed([]), 'dict_keyiter': iter({}), 'set_iter': iter(set()), 'str_iter': iter(''),
    'float': 1.5, 'object': object(),
}
for kind, obj in samples.items():
    print(kind.ljust(12), ' '.join(n for n in names if isinstance(obj, getattr(cabc, n))))

print(cabc.__name__, abc is cabc, cabc.Mapping.__module__, cabc.Mapping.__name__, repr(cabc.Sequence))
print(sorted(cabc.__all__) == sorted(names), len(cabc.__all__))

class OnlyIter:
    def __iter__(self):
        return iter([])
class OnlyLen:
    def __len__(self):
        return 0
class Full:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False
class NoHash:
    __hash__ = None
class IterNone(OnlyIter):
    __iter__ = None
class Nexter:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class Caller:
    def __call__(self): pass
class Rev:
    def __iter__(self): return iter(())
    def __reversed__(self): return iter(())
class Aw:
    def __await__(self): yield
class AIt:
    def __aiter__(self): return self
    def __anext__(self): pass
for C in (OnlyIter, OnlyLen, Full, NoHash, IterNone, Nexter, Caller, Rev, Aw, AIt):
    print(C.__name__.ljust(9), ' '.join(n for n in names if issubclass(C, getattr(cabc, n))))

class MySeq(cabc.Sequence):
    def __init__(self, *items): self.items = list(items)
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, 9 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.count(2), len(s))
try:
    s.index(9)
except ValueError as e:
    print('ValueError', repr(str(e)))
print(isinstance(s, cabc.Reversible), issubclass(MySeq, cabc.Collection), issubclass(MySeq, cabc.MutableSequence))

class Sized2(cabc.Sized):
    pass
try:
    Sized2()
except TypeError as e:
    print('TypeError', e)
class Partial(cabc.MutableMapping):
    def __getitem__(self, k): pass
try:
    Partial()
except TypeError as e:
    print('TypeError', e)
print(sorted(cabc.MutableMapping.__abstractmethods__), sorted(cabc.Sequence.__abstractmethods__), sorted(cabc.MutableSet.__abstractmethods__))
print(sorted(cabc.Iterator.__abstractmethods__), sorted(cabc.Generator.__abstractmethods__), sorted(cabc.Coroutine.__abstractmethods__))

class Virtual:
    pass
cabc.Sequence.register(Virtual)
print(issubclass(Virtual, cabc.Sequence), issubclass(Virtual, cabc.Iterable), issubclass(Virtual, cabc.Mapping), isinstance(Virtual(), cabc.Container))
r = cabc.MutableMapping.register(type('T', (), {}))
print(r.__name__, issubclass(r, cabc.Mapping))
print(issubclass(dict, cabc.MutableMapping), issubclass(list, cabc.MutableSequence), issubclass(tuple, cabc.MutableSequence))
print(issubclass(str, cabc.ByteString), issubclass(bytes, cabc.ByteString), issubclass(bytearray, cabc.ByteString))
print(issubclass(frozenset, cabc.MutableSet), issubclass(set, cabc.MutableSet))
print(issubclass(type({}.keys()), cabc.KeysView), issubclass(type({}.items()), cabc.Set), issubclass(type({}.values()), cabc.Set))
print(cabc.Iterable[int], cabc.Callable[[int], str], cabc.Mapping[str, int])
print(type(gen()).__name__, isinstance(gen(), cabc.Generator))
for n in names:
    print(n, [b.__name__ for b in getattr(cabc, n).__mro__])
