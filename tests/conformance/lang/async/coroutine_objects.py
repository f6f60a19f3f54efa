# Coroutine objects: what `async def` makes, driven by hand with send/throw/close.
import types


async def double(x):
    return 2 * x


async def chain():
    a = await double(1)
    b = await double(a)
    return a + b


c = chain()
print(type(c).__name__, type(c) is types.CoroutineType)
print(repr(c).startswith('<coroutine object chain at 0x'))
print(c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_running, c.cr_await)
print(c.cr_frame.f_code.co_name, c.cr_frame.f_lineno)
print(chain.__code__.co_flags, double.__code__.co_flags)
try:
    c.send(None)
except StopIteration as e:
    print('returned', e.value)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    c.throw(ValueError)
except RuntimeError as e:
    print('RuntimeError:', e)
c.close()

# Not iterable, not an iterator.
d = double(3)
for attempt in (lambda: iter(d), lambda: next(d)):
    try:
        attempt()
    except TypeError as e:
        print('TypeError:', e)
try:
    d.send(5)
except TypeError as e:
    print('TypeError:', e)
d.close()
print(d.cr_frame)


# An awaitable class: __await__ returns an iterator; await delegates to it like yield from.
class Ticket:
    def __await__(self):
        got = yield 'first'
        got2 = yield 'second ' + str(got)
        return got2 * 10


async def use_ticket():
    r = await Ticket()
    print('ticket result', r)
    return r


u = use_ticket()
print(u.send(None))
print(u.send(7))
print(type(u.cr_await).__name__)
try:
    u.send(4)
except StopIteration as e:
    print('stop', e.value)

# throw() reaches the awaited iterator first.
u2 = use_ticket()
u2.send(None)
try:
    u2.throw(KeyError('k'))
except KeyError as e:
    print('KeyError', e)


# await of things that are not awaitable.
class NoIter:
    def __await__(self):
        return 5


class GivesCoroutine:
    def __await__(self):
        return double(1)


async def bad(x):
    return await x


for thing in (3, 'text', NoIter(), [1]):
    b = bad(thing)
    try:
        b.send(None)
    except TypeError as e:
        print('TypeError:', e)
g = GivesCoroutine()
try:
    bad(g).send(None)
except TypeError as e:
    print('TypeError:', e)

# __await__ of a coroutine: the coroutine_wrapper iterator.
w = double(21).__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print('wrapper returned', e.value)


# The same coroutine awaited twice.
async def twice():
    inner = double(1)
    print(await inner)
    try:
        await inner
    except RuntimeError as e:
        print('RuntimeError:', e)


try:
    twice().send(None)
except StopIteration:
    pass


# A StopIteration raised inside a coroutine becomes RuntimeError.
async def stops():
    raise StopIteration(1)


try:
    stops().send(None)
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__)


# close() of a suspended coroutine raises GeneratorExit in it.
class Pause:
    def __await__(self):
        yield


async def careful():
    try:
        await Pause()
    finally:
        print('cleanup ran')


k = careful()
k.send(None)
k.close()
print(k.cr_frame)
