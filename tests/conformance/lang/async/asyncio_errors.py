# Errors around the loop: a task's exception never retrieved, a pending task destroyed at
# shutdown (cancelled by asyncio.run), an exception caught from asyncio.run.
import asyncio


async def boom():
    await asyncio.sleep(0)
    raise ZeroDivisionError('lost')


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('sleeper cancelled at shutdown')
        raise


async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print('boom done', t.done())
    del t
    asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print('main returns')


asyncio.run(main())


async def raises():
    await asyncio.sleep(0)
    raise LookupError('out of run')


try:
    asyncio.run(raises())
except LookupError as e:
    print('caught', repr(e))
print('end')
