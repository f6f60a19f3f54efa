import copy
class Graph:
    def __init__(self): self.nodes = {}
    def add(self, a, b):
        self.nodes.setdefault(a, []).append(b); self.nodes.setdefault(b, []).append(a)
class N:
    def __init__(self, name): self.name = name; self.links = []
    def __repr__(self): return f'N({self.name}, {[l.name for l in self.links]})'
a, b, c = N('a'), N('b'), N('c')
a.links = [b, c]; b.links = [a]; c.links = [a, c]
a2 = copy.deepcopy(a)
print(a2, a2.links[0].links[0] is a2, a2.links[1].links[1] is a2.links[1], a2 is a)
class Conf:
    def __init__(self, data, cache): self.data = data; self.cache = cache
    def __deepcopy__(self, memo):
        print('deepcopy called', len(memo) > 0)
        return Conf(copy.deepcopy(self.data, memo), {})
    def __copy__(self):
        print('copy called'); return Conf(self.data, self.cache)
x = Conf({'k': [1, 2]}, {'hot': 1})
y = copy.deepcopy(x); z = copy.copy(x)
print(y.data, y.cache, y.data is x.data, z.data is x.data)
lst = [[1, 2]] * 2
dl = copy.deepcopy(lst)
print(dl, dl[0] is dl[1])
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
s2 = copy.deepcopy(Slotted()); print(s2.a, s2.b)
t = (1, [2], (3,))
t2 = copy.deepcopy(t); print(t2, t2 is t, t2[2] is t[2])
import dataclasses
@dataclasses.dataclass
class P:
    x: int
    tags: list = dataclasses.field(default_factory=list)
p = P(1, ['a']); q = copy.replace(p, x=2) if hasattr(copy, 'replace') else dataclasses.replace(p, x=2)
print(q, q.tags is p.tags)
class Reducer:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (Reducer, (self.v * 10,))
print(copy.copy(Reducer(1)).v, copy.deepcopy(Reducer(2)).v)
