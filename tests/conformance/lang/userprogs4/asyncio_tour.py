# asyncio as tutorials use it: gather (with errors), tasks, wait_for, queues, async
# generators, semaphores, cancellation, wait, timeout, events, locks, futures, TaskGroup,
# and an exception never retrieved from a task (its name counts the runner's tasks).
import asyncio, time
async def fetch(name, delay, fail=False):
    print(f"start {name}")
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name} failed")
    print(f"done {name}")
    return name.upper()
async def main():
    results = await asyncio.gather(fetch("a", 0.02), fetch("b", 0.01), fetch("c", 0.03))
    print(results)
    res = await asyncio.gather(fetch("x", 0.01), fetch("y", 0.0, fail=True), return_exceptions=True)
    print([repr(r) for r in res])
    try:
        await asyncio.gather(fetch("p", 0.01, fail=True), fetch("q", 0.02))
    except ConnectionError as e:
        print("gather raised", e)
    t = asyncio.create_task(fetch("task", 0.01), name="mytask")
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result())
    try:
        await asyncio.wait_for(fetch("slow", 1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    q = asyncio.Queue()
    async def producer():
        for i in range(5):
            await q.put(i)
        await q.put(None)
    async def consumer():
        total = 0
        while (item := await q.get()) is not None:
            total += item
        return total
    p = asyncio.create_task(producer())
    print("consumed", await consumer())
    await p
    async def ticker(n):
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    print([i async for i in ticker(4)])
    sem = asyncio.Semaphore(2)
    active = 0; peak = 0
    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1; peak = max(peak, active)
            await asyncio.sleep(0.005)
            active -= 1
            return i
    print(await asyncio.gather(*(limited(i) for i in range(6))), "peak", peak)
    task = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled())
    done, pending = await asyncio.wait([asyncio.create_task(fetch(n, d)) for n, d in [("w1", 0.01), ("w2", 0.05)]], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    for pt in pending:
        pt.cancel()
    async with asyncio.timeout(0.5):
        await asyncio.sleep(0)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait(); return "event seen"
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0); ev.set()
    print(await wt)
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print(await fut)
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch("tg1", 0.01))
        t2 = tg.create_task(fetch("tg2", 0.0))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("bad", 0.0, fail=True))
            tg.create_task(fetch("good", 0.05))
    except* ConnectionError as eg:
        print("taskgroup errors:", [str(e) for e in eg.exceptions])
asyncio.run(main())
async def boom():
    await asyncio.sleep(0)
    raise ValueError("unhandled in task")
async def main2():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    del t
asyncio.run(main2())
print("end")
