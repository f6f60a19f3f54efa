import asyncio

async def fetch(name, delay, fail=False):
    print(f"start {name}")
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print(f"done {name}")
    return name.upper()

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
    await q.put(None)

async def consumer(q):
    total = 0
    while (item := await q.get()) is not None:
        total += item
        q.task_done()
    return total

async def main():
    r = await asyncio.gather(fetch("a", 0.02), fetch("b", 0.01), fetch("c", 0))
    print(r)
    r2 = await asyncio.gather(fetch("x", 0), fetch("y", 0, fail=True), return_exceptions=True)
    print([repr(x) for x in r2])
    try:
        await asyncio.wait_for(fetch("slow", 1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    q = asyncio.Queue(maxsize=2)
    prod = asyncio.create_task(producer(q, 5))
    total = await consumer(q)
    await prod
    print("total", total)
    t = asyncio.create_task(fetch("bg", 0.5))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled(), t.done())
    async with asyncio.timeout(1) if hasattr(asyncio, "timeout") else asyncio.Lock():
        print("in timeout block")
    lock = asyncio.Lock()
    async def crit(i):
        async with lock:
            print("enter", i)
            await asyncio.sleep(0)
            print("exit", i)
    await asyncio.gather(*(crit(i) for i in range(3)))
    async def agen(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i * i
    print([x async for x in agen(4)])
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        print("event seen")
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    await w
    done, pending = await asyncio.wait([asyncio.create_task(fetch(f"w{i}", i * 0.01)) for i in range(3)], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            await asyncio.sleep(0.001)
            return i
    print(await asyncio.gather(*(limited(i) for i in range(5))))
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch("tg1", 0))
        t2 = tg.create_task(fetch("tg2", 0))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("ok", 0))
            tg.create_task(fetch("bad", 0, fail=True))
    except* ValueError as eg:
        print("taskgroup errors", [str(e) for e in eg.exceptions])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print(await fut)
    return "main done"

print(asyncio.run(main()))
