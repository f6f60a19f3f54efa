# Async generators: __anext__/asend/athrow/aclose, async for over them, and async
# comprehensions and generator expressions.
import types


class Pause:
    def __await__(self):
        return (yield 'paused')


async def agen(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print('agen got', got)
            await Pause()
    finally:
        print('agen finally')


def drive(coro):
    # A tiny driver: resumes the coroutine until it returns, answering each pause with None.
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def main():
    async for v in agen(3):
        print('v', v)
    print([x async for x in agen(3) if x != 1])
    print({x: x * x async for x in agen(2)})
    g = agen(5)
    print(type(g).__name__, type(g) is types.AsyncGeneratorType, g.ag_running)
    print(await g.__anext__())
    print(await g.asend('hello'))
    try:
        await g.athrow(ValueError('into agen'))
    except ValueError as e:
        print('athrow raised', e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('exhausted')
    h = agen(5)
    print(await h.__anext__())
    await h.aclose()
    try:
        await h.asend(None)
    except StopAsyncIteration:
        print('closed')
    ge = (x * 10 async for x in agen(3))
    print(type(ge).__name__, [y async for y in ge])
    return 'main done'


print(drive(main()))


async def returns_early():
    yield 1
    return


async def consume():
    out = []
    async for x in returns_early():
        out.append(x)
    return out


print(drive(consume()))


async def bad_stop():
    yield 1
    raise StopAsyncIteration


async def run_bad():
    try:
        async for x in bad_stop():
            print('x', x)
    except RuntimeError as e:
        print('RuntimeError:', e)


drive(run_bad())
