# Reprs of tasks and futures: state, name, coroutine position, what a task waits for, callbacks.
import asyncio
async def sleeper():
    await asyncio.sleep(0.05)
async def waiter(ev):
    await ev.wait()
def cb(fut):
    print("cb")
async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t)
    ev = asyncio.Event()
    w = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0)
    print(w)
    t.add_done_callback(cb)
    print(t)
    w.cancel()
    print(w)
    await asyncio.sleep(0)
    print(w)
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(cb)
    f.add_done_callback(print)
    print(f)
    f.cancel()
    print(f)
    await t
    g = asyncio.gather(sleeper())
    print(g)
    await g
asyncio.run(main())
