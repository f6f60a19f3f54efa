# object.__reduce_ex__ on everyday classes: the reduce values, the class's __slotnames__
# cache, and the collector's count and collection moments while reducing many objects.
import copyreg, gc, pickle
gc.collect()

class Plain:
    def __init__(self, x): self.x = x
class Empty:
    pass
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
class WithState:
    def __init__(self): self.v = 2
    def __getstate__(self): return {'v': self.v * 10}
class WithArgs:
    def __init__(self, n): self.n = n
    def __getnewargs__(self): return (self.n,)
class Child(Plain):
    pass
class MyList(list):
    pass

def show(obj):
    r = obj.__reduce_ex__(4)
    print(type(obj).__name__, r[0] is copyreg.__newobj__, r[1], r[2], r[3] is None, r[4] is None,
          '__slotnames__' in type(obj).__dict__)

for obj in [Plain(1), Plain(2), Empty(), Empty(), Slotted(), WithState(), WithArgs(5), Child(3), Child(4)]:
    show(obj)
inst = Plain(7)
inst.__getstate__ = lambda: 'from instance'
print(inst.__reduce_ex__(4)[2])
ml = MyList([1, 2])
r = ml.__reduce_ex__(2)
print(r[1], r[2], list(r[3]))
print(Plain(1).__reduce_ex__(1)[0].__name__, Plain(1).__reduce_ex__(1)[1])

gc.set_threshold(50, 10, 10)
objs = [Plain(i) for i in range(300)]
gc.collect()
before = gc.get_count(), [g['collections'] for g in gc.get_stats()]
values = [o.__reduce_ex__(4) for o in objs]
after = [g['collections'] for g in gc.get_stats()]
print(before[0], gc.get_count(), [x - y for x, y in zip(after, before[1])])
data = pickle.loads(pickle.dumps(objs))
print(len(data), data[5].x, values[9][2])
