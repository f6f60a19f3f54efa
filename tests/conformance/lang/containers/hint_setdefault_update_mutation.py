# Corner cases from test_dict/test_list: a huge __length_hint__ (ignored by list.extend when
# the sum overflows, OverflowError past ssize_t), setdefault comparing keys once, and
# dict.update noticing a source dict cleared by a key's __eq__ on the last entry.
import sys
class CustomIter:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def __length_hint__(self): return sys.maxsize
a = [1,2,3,4]
a.extend(CustomIter())
print(a)
class H:
    def __init__(self): self.hc = 0; self.ec = 0
    def __hash__(self): self.hc += 1; return 42
    def __eq__(self, o): self.ec += 1; return id(self) == id(o)
h1 = H(); y = {h1: 5}; h2 = H(); y.setdefault(h2, [])
print(h1.hc, h2.hc, h1.ec + h2.ec)
class X:
    def __hash__(self): return 0
    def __eq__(self, o):
        other.clear(); return False
l = [(i,0) for i in range(1, 1337)]
other = dict(l); other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
except RuntimeError as e:
    print("RT", e)
class L2:
    def __length_hint__(self): return 10**30
    def __iter__(self): return iter([1])
print(list(L2()))
