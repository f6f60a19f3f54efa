# Coroutines, tasks, async generators and suspended generators holding objects with __del__.
import asyncio, gc, sys, weakref

class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("  del Res", self.n)

async def worker(n):
    r = Res(n)
    await asyncio.sleep(0)
    return n * 2

async def holder(ev):
    r = Res("held")
    await ev.wait()
    return "done"

async def main():
    print("gather:", await asyncio.gather(worker(1), worker(2)))
    ev = asyncio.Event()
    t = asyncio.create_task(holder(ev))
    await asyncio.sleep(0)
    print("task pending, refs to task > 1:", sys.getrefcount(t) > 1)
    ev.set()
    print("task result:", await t)
    c = worker(3)
    print("coroutine size:", sys.getsizeof(c), "tracked:", gc.is_tracked(c))
    print("coroutine referents:", sorted(type(o).__name__ for o in gc.get_referents(c)))
    print("await it:", await c)
    c2 = worker(4)
    wr = weakref.ref(c2)
    c2.close()
    del c2
    print("closed coroutine gone:", wr() is None)

asyncio.run(main())
print("after run")

def gen_with_res():
    r = Res("gen")
    yield 1
    yield 2

g = gen_with_res()
next(g)
print("suspended generator size:", sys.getsizeof(g))
del g
print("generator dropped")

def gen_cycle():
    r = Res("cyc")
    me = yield
    yield
g = gen_cycle()
next(g)
g.send(g)
del g
print("generator in a cycle, collect:", gc.collect())

async def agen():
    r = Res("agen")
    yield 1
    yield 2

async def use_agen():
    ag = agen()
    print("first:", await ag.__anext__())
    await ag.aclose()
    print("async gen closed")
asyncio.run(use_agen())
print("end")
