import gc
import sys
import asyncio
gc.collect()

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  release", self.name)

def gen_with_resource():
    r = Res("gen-local")
    try:
        yield 1
        yield 2
    finally:
        print("  gen finally")

print("generator dropped mid-way")
g = gen_with_resource()
next(g)
del g
print("generator exhausted")
g = gen_with_resource()
for x in g:
    pass
print("  loop done")
del g
print("generator closed explicitly")
g = gen_with_resource()
next(g)
g.close()
print("  closed:", g.gi_frame is None)
del g
print("generator in a cycle")
g = gen_with_resource()
next(g)
holder = [g]
holder.append(holder)
del g, holder
print("  collect:", gc.collect())

async def worker(name):
    r = Res(name)
    await asyncio.sleep(0)
    return name

async def main():
    t = asyncio.ensure_future(worker("task-1"))
    res = await t
    print("  result", res)
    coro = worker("never-awaited")
    coro.close()
    print("  coroutine closed")
    results = await asyncio.gather(worker("g1"), worker("g2"))
    print("  gathered", results)

print("asyncio")
asyncio.run(main())
print("after run, collect:", gc.collect() >= 0)

async def agen():
    r = Res("agen-local")
    try:
        yield 1
        yield 2
    finally:
        print("  agen finally")

async def use_agen():
    async for v in agen():
        print("  got", v)
        break
    print("  broke out")

print("async generator")
asyncio.run(use_agen())
print("end")

print("no cycles left behind by asyncio.run")
gc.set_debug(gc.DEBUG_SAVEALL)
asyncio.run(use_agen())
print("garbage:", gc.collect(), len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()

async def failing():
    r = Res("in-failing-task")
    await asyncio.sleep(0)
    raise ValueError("task failed")

async def cancelled():
    r = Res("in-cancelled-task")
    await asyncio.sleep(10)

async def main2():
    t = asyncio.ensure_future(failing())
    try:
        await t
    except ValueError as e:
        print("  caught", e)
    c = asyncio.ensure_future(cancelled())
    await asyncio.sleep(0)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("  cancelled")
    print("  exception kept by the task:", type(t.exception()).__name__)
    del t, c
    print("  dropped the tasks")

print("failed and cancelled tasks")
gc.set_debug(gc.DEBUG_SAVEALL)
asyncio.run(main2())
print("garbage:", gc.collect(), sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print("end2")
