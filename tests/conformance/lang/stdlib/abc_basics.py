from abc import ABC, abstractmethod, ABCMeta
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Sq2(Sq):
    def perimeter(self): return 4 * self.s
for c in (Shape, Sq):
    try: c(1) if c is Sq else c()
    except TypeError as e: print(e)
print(Sq2(3).area(), Sq2(3).perimeter(), Shape.__abstractmethods__ == {'area', 'perimeter'}, Sq2.__abstractmethods__)
class One(ABC):
    @abstractmethod
    def f(self): pass
try: One()
except TypeError as e: print(e)
class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(int, Reg), isinstance('x', Reg), issubclass(bool, Reg))
from collections.abc import Iterable, Mapping, Sequence, MutableMapping, Callable, Hashable, Sized, Iterator, Generator
print(isinstance([], Iterable), isinstance(3, Iterable), isinstance({}, Mapping), isinstance([], Sequence), isinstance((), Sequence))
print(isinstance(len, Callable), isinstance(3, Hashable), isinstance([], Hashable), isinstance(iter([]), Iterator))
class MyIt:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(MyIt(), Iterator), isinstance(MyIt(), Iterable), isinstance(MyIt(), Sized))
def g(): yield 1
print(isinstance(g(), Generator), isinstance('s', Sequence), isinstance({}, MutableMapping))
class M(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M(); m['a'] = 1; m.update(b=2); print(dict(m), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), m.pop('a'), len(m))
print(Iterable, Mapping.__module__)
print(type(Shape), ABCMeta)
