# A bounded asyncio.Queue with two consumers and a cancelled getter (wake-ups in CPython's order).
import asyncio
async def producer(q):
    for i in range(5):
        await q.put(i)
        print("put", i, q.qsize())
    await q.put(None)
async def consumer(q, name):
    while (item := await q.get()) is not None:
        print(name, "got", item)
        q.task_done()
    q.task_done()
    await q.put(None)
async def main():
    q = asyncio.Queue(maxsize=1)
    waiter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    print(waiter.cancelled())
    await asyncio.gather(producer(q), consumer(q, "a"), consumer(q, "b"))
    print("empty", q.empty())
asyncio.run(main())
