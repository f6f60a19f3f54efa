# A task that blocks the loop with time.sleep(): timers due meanwhile run late, in the order
# of their deadlines, as in CPython.
import asyncio
import time


async def ticker():
    for i in range(3):
        await asyncio.sleep(0.05)
        print('tick', i)


async def blocker():
    await asyncio.sleep(0.01)
    print('blocking')
    time.sleep(0.12)
    print('unblocked')
    await asyncio.sleep(0.02)
    print('blocker after short sleep')


async def main():
    await asyncio.gather(ticker(), blocker())
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.1)
    print(round(loop.time() - t0, 2))


asyncio.run(main())
