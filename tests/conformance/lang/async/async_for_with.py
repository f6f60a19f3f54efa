# async for and async with over user-defined protocols, with CPython's errors.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print('enter', self.name)
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress


async def main():
    async for i in Countdown(3):
        print('item', i)
    else:
        print('loop else')
    async for i in Countdown(5):
        if i == 3:
            continue
        if i == 1:
            break
        print('item2', i)
    else:
        print('not printed')
    async with Manager('a') as v, Manager('b') as w:
        print('body', v, w)
    async with Manager('quiet', suppress=True):
        raise KeyError('swallowed')
    try:
        async with Manager('loud'):
            raise ValueError('propagates')
    except ValueError as e:
        print('caught', repr(e))
    for bad in (1, Countdown):
        try:
            async for _ in bad:
                pass
        except TypeError as e:
            print('TypeError:', e)

    class OnlyAiter:
        def __aiter__(self):
            return 1

    try:
        async for _ in OnlyAiter():
            pass
    except TypeError as e:
        print('TypeError:', e)
    try:
        async with object():
            pass
    except TypeError as e:
        print('TypeError:', e)

    class NoAwait:
        def __aenter__(self):
            return 1

        def __aexit__(self, *a):
            return 2

    try:
        async with NoAwait():
            pass
    except TypeError as e:
        print('TypeError:', e)
    return 'done'


c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
