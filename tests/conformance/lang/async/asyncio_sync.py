# Lock, Event, Semaphore, Condition and Queue between tasks.
import asyncio


async def main():
    lock = asyncio.Lock()
    log = []

    async def critical(name):
        async with lock:
            log.append(name + '+')
            await asyncio.sleep(0)
            log.append(name + '-')

    await asyncio.gather(critical('a'), critical('b'), critical('c'))
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)

    event = asyncio.Event()

    async def waiter(i):
        print('waiter', i, 'waits')
        await event.wait()
        print('waiter', i, 'released')

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print('setting', event.is_set())
    event.set()
    await asyncio.gather(*ws)
    event.clear()
    print(event.is_set())

    sem = asyncio.Semaphore(2)

    async def limited(i):
        async with sem:
            print('in', i)
            await asyncio.sleep(0.01 * (i + 1))
            print('out', i)

    await asyncio.gather(*(limited(i) for i in range(4)))
    bounded = asyncio.BoundedSemaphore(1)
    try:
        bounded.release()
    except ValueError as e:
        print('ValueError:', e)

    cond = asyncio.Condition()
    items = []

    async def consumer():
        async with cond:
            await cond.wait_for(lambda: items)
            print('consumed', items.pop())

    c = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    async with cond:
        items.append('thing')
        cond.notify()
    await c

    q = asyncio.Queue(maxsize=2)

    async def producer():
        for i in range(5):
            await q.put(i)
            print('put', i, q.qsize())
        await q.put(None)

    async def worker():
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                return 'worker done'
            print('got', item)

    print(await asyncio.gather(producer(), worker()))
    await q.join()
    print(q.empty(), q.full(), q)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    small = asyncio.Queue(1)
    small.put_nowait('x')
    try:
        small.put_nowait('y')
    except asyncio.QueueFull:
        print('QueueFull', small)
    pq = asyncio.PriorityQueue()
    for v in (3, 1, 2):
        pq.put_nowait(v)
    print([pq.get_nowait() for _ in range(3)])


asyncio.run(main())
