# The memory surface of coroutines: gc tracking, referents, refcounts, cycles through a
# suspended coroutine, and the frame kept like a generator's.
import gc
import sys


async def work(x):
    y = [x]
    await Pause()
    return y


class Pause:
    def __await__(self):
        yield


c = work(1)
print(gc.is_tracked(c), sys.getrefcount(c))
print(sorted(type(r).__name__ for r in gc.get_referents(c)))
c.send(None)
print(sorted(type(r).__name__ for r in gc.get_referents(c)))
print(c.cr_frame.f_locals)
print(type(c.cr_await).__name__, c.cr_suspended)
try:
    c.send(None)
except StopIteration as e:
    print('value', e.value)
print(sorted(type(r).__name__ for r in gc.get_referents(c)))
del c
gc.collect()


# A cycle through a suspended coroutine's frame: found and freed by the collector.
class Node:
    def __del__(self):
        print('Node freed')


async def holds(node):
    node.coro_ref = None
    await Pause()


n = Node()
co = holds(n)
n.coro = co
co.send(None)
del n, co
print('collected', gc.collect() > 0)

# A coroutine never started, freed by refcounting: its frame goes with it.
before = len(gc.get_objects())
x = work(2)
print(len(gc.get_objects()) - before)
x.close()
del x
print(len(gc.get_objects()) - before)
