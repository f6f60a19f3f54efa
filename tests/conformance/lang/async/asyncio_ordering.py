# asyncio's scheduling order: tasks interleave at each await in the order CPython's loop
# runs them (FIFO ready queue), and sleeps wake by deadline, ties in scheduling order.
import asyncio


async def stepper(name, steps):
    for i in range(steps):
        print(name, 'step', i)
        await asyncio.sleep(0)
    return name


async def napper(name, delay):
    print(name, 'sleeps', delay)
    await asyncio.sleep(delay)
    print(name, 'wakes')
    return delay


async def main():
    print(await asyncio.gather(stepper('a', 3), stepper('b', 2), stepper('c', 1)))
    print(await asyncio.gather(napper('slow', 0.06), napper('fast', 0.02), napper('mid', 0.04),
                               napper('tie', 0.02)))
    t1 = asyncio.create_task(stepper('t1', 2))
    t2 = asyncio.create_task(stepper('t2', 2))
    print('tasks created')
    await asyncio.sleep(0)
    print('main after one yield')
    print(await t2, await t1)
    loop = asyncio.get_running_loop()
    loop.call_soon(print, 'call_soon 1')
    loop.call_later(0.02, print, 'call_later 0.02')
    loop.call_soon(print, 'call_soon 2')
    h = loop.call_soon(print, 'cancelled handle')
    h.cancel()
    await asyncio.sleep(0.04)
    print(await asyncio.sleep(0, 'sleep result'))
    return 'main done'


print(asyncio.run(main()))
