# types.coroutine: generator-based coroutines, awaitable from async functions.
import types


@types.coroutine
def suspend(value):
    got = yield value
    return got


async def user():
    a = await suspend('one')
    b = await suspend('two')
    return a, b


print(suspend.__code__.co_flags & 0x100 != 0)
c = user()
print(c.send(None))
print(c.send('A'))
try:
    c.send('B')
except StopIteration as e:
    print(e.value)


def plain():
    yield


async def awaits_plain():
    await plain()


try:
    awaits_plain().send(None)
except TypeError as e:
    print('TypeError:', e)


async def native():
    return 1


print(types.coroutine(native) is native)
