# What the collector finds in cycles through collections' containers, and what it tracks.
import gc
from collections import OrderedDict, Counter, defaultdict, ChainMap, UserDict, UserList, UserString, namedtuple, deque

gc.collect()
gc.disable()

class Node:
    pass

def cycle(make):
    n = Node()
    n.box = make(n)
    del n
    return gc.collect()

print('OrderedDict', cycle(lambda n: OrderedDict(me=n)))
print('defaultdict', cycle(lambda n: defaultdict(list, me=n)))
print('defaultdict factory', cycle(lambda n: defaultdict(lambda: n)))
print('Counter', cycle(lambda n: Counter({n: 1})))
print('ChainMap', cycle(lambda n: ChainMap({'me': n}, {})))
print('UserDict', cycle(lambda n: UserDict(me=n)))
print('UserList', cycle(lambda n: UserList([n])))
print('deque', cycle(lambda n: deque([n])))
Pair = namedtuple('Pair', 'left right')
print('namedtuple', cycle(lambda n: Pair(n, [n])))
print('views', cycle(lambda n: OrderedDict(me=n).items()))

print(gc.is_tracked(OrderedDict()), gc.is_tracked(Counter()), gc.is_tracked(defaultdict()))
print(gc.is_tracked(Pair(1, 2)), gc.is_tracked(Pair([], 2)), gc.is_tracked(UserString('x')))
od = OrderedDict(a=1)
print(gc.is_tracked(od), gc.is_tracked(OrderedDict(a=[])))
c = Counter('abc')
c += Counter('a')
print(sorted(c.items()), gc.collect())
Temp = namedtuple('Temp', 'a b c', defaults=[0])
t = Temp(1, 2)
del Temp, t
print('namedtuple class', gc.collect())
class Holder:
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper(x: int) -> int:
        return x
del Holder
print('class with classmethod', gc.collect())
gc.enable()
