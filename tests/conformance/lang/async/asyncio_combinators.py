# gather, wait, wait_for, timeout, as_completed, shield and TaskGroup.
import asyncio


async def value(x, delay):
    await asyncio.sleep(delay)
    return x


async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise KeyError(msg)


async def main():
    print(await asyncio.gather())
    print(await asyncio.gather(value(1, 0.02), value(2, 0.01), fail('k'), return_exceptions=True))
    try:
        await asyncio.gather(value(1, 0.01), fail('first'))
    except KeyError as e:
        print('gather raised', e)
    await asyncio.sleep(0.02)
    tasks = [asyncio.create_task(value(i, 0.01 * (3 - i))) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    slow = asyncio.create_task(value('slow', 1))
    done, pending = await asyncio.wait([slow], timeout=0.01)
    print(len(done), len(pending))
    slow.cancel()
    try:
        await asyncio.wait_for(value('never', 1), timeout=0.02)
    except TimeoutError:
        print('wait_for timed out')
    print(await asyncio.wait_for(value('in time', 0.01), timeout=1))
    print(await asyncio.wait_for(value('no timeout', 0), timeout=None))
    try:
        async with asyncio.timeout(0.02) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout expired', cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print('timeout not expired', cm.expired())
    results = []
    for next_done in asyncio.as_completed([value('c', 0.03), value('a', 0.01), value('b', 0.02)]):
        results.append(await next_done)
    print(results)
    print(await asyncio.shield(value('shielded', 0.01)))
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(value('A', 0.02))
        b = tg.create_task(value('B', 0.01))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(value('long', 1))
            tg.create_task(fail('tg', 0.01))
    except* KeyError as group:
        print('TaskGroup', type(group).__name__, group.exceptions)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError:', e)


asyncio.run(main())
