# aiter()/anext() and contextlib's async helpers (asynccontextmanager, aclosing).
import asyncio
import contextlib


async def numbers(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print('numbers closed')


@contextlib.asynccontextmanager
async def resource(name):
    print('open', name)
    try:
        yield name.upper()
    except KeyError as e:
        print('resource saw', repr(e))
    finally:
        print('close', name)


async def main():
    it = aiter(numbers(2))
    print(await anext(it), await anext(it))
    print(await anext(it, 'default'))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    for bad in (aiter, anext):
        try:
            bad(5)
        except TypeError as e:
            print('TypeError:', e)
    async with resource('db') as r:
        print('using', r)
    async with resource('cache'):
        raise KeyError('handled inside')
    try:
        async with resource('file'):
            raise ValueError('passes through')
    except ValueError as e:
        print('caught', e)
    async with contextlib.aclosing(numbers(5)) as agen:
        async for x in agen:
            if x == 1:
                break
    print('after aclosing')


asyncio.run(main())
