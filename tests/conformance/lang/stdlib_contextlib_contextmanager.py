# contextlib.contextmanager: the generator protocol, exceptions thrown into the generator,
# suppression, the RuntimeErrors for bad generators, StopIteration, reuse as a decorator.
import contextlib
from contextlib import contextmanager


def show(e):
    print(' ', type(e).__name__, e)


@contextmanager
def trace(name, result=None):
    """Trace entering and leaving."""
    print('enter', name)
    try:
        yield result
    except Exception as e:
        print('  gen saw', type(e).__name__, e)
        raise
    finally:
        print('exit', name)


with trace('a', 42) as v:
    print('body', v)

try:
    with trace('b'):
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))

print(trace.__name__, trace.__doc__, trace.__wrapped__.__name__)
cm = trace('c')
print(type(cm).__name__, cm.__doc__, isinstance(cm, contextlib.AbstractContextManager),
      isinstance(cm, contextlib.ContextDecorator))


@contextmanager
def swallow(*kinds):
    try:
        yield 'sw'
    except kinds as e:
        print('  swallowed', type(e).__name__)


with swallow(ValueError):
    raise ValueError('x')
print('after swallow')
try:
    with swallow(ValueError):
        raise TypeError('not me')
except TypeError as e:
    print('passed through', e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    show(e)
    print('  cause', e.__cause__, 'suppress', e.__suppress_context__)


@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    show(e)


@contextmanager
def keeps_going():
    try:
        yield
    except ValueError:
        pass
    yield


try:
    with keeps_going():
        raise ValueError
except RuntimeError as e:
    show(e)


# An exception replaced by another in the generator: the new one propagates, chained.
@contextmanager
def converts():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError('converted') from e


try:
    with converts():
        1 / 0
except ArithmeticError as e:
    show(e)
    print('  cause', type(e.__cause__).__name__)


# StopIteration raised in the body passes through unchanged.
@contextmanager
def plain():
    yield


try:
    with plain():
        raise StopIteration('stop!')
except StopIteration as e:
    show(e)


# The generator re-raising StopIteration as RuntimeError (PEP 479) gives back the original.
@contextmanager
def gen_reraises():
    yield


si = StopIteration('inner')
try:
    with gen_reraises():
        raise si
except StopIteration as e:
    print('  same object', e is si)


# StopIteration raised by the generator itself after throw(): turned into RuntimeError.
@contextmanager
def raises_stop():
    try:
        yield
    except ValueError:
        raise StopIteration('from gen')


try:
    with raises_stop():
        raise ValueError
except RuntimeError as e:
    show(e)
    print('  cause', repr(e.__cause__))


# A generator that swallows a StopIteration thrown into it.
@contextmanager
def swallow_stop():
    try:
        yield
    except StopIteration:
        print('  swallowed StopIteration')


with swallow_stop():
    raise StopIteration
print('after swallow_stop')


# An exception raised in the generator's cleanup when no error happened.
@contextmanager
def fails_on_exit():
    yield
    raise OSError('cleanup failed')


try:
    with fails_on_exit():
        print('body ok')
except OSError as e:
    show(e)


# Used as a decorator: a fresh generator for every call.
@trace('deco')
def work(x):
    print('working', x)
    return x * 2


print(work(1), work(2), work.__name__)


# The context manager object cannot be re-entered.
cm = plain()
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__)


# Exception traceback seen by the with statement's caller is the body's one.
@contextmanager
def passthrough():
    yield


def body_line():
    with passthrough():
        raise LookupError('tb')


try:
    body_line()
except LookupError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print('tb frames', names)


# Keyword arguments and arguments pass through to the generator function.
@contextmanager
def kw(a, b=2, *rest, c, **more):
    yield (a, b, rest, c, sorted(more.items()))


with kw(1, 3, 4, 5, c=6, d=7) as got:
    print(got)

# exceptions inside a nested with: inner cm sees it first
with swallow(KeyError):
    with trace('inner'):
        raise KeyError('nested')
print('nested done')


# a generator that yields and then handles GeneratorExit in finally
@contextmanager
def with_finally():
    try:
        yield 'r'
    finally:
        print('  finally ran')


try:
    with with_finally() as r:
        raise SystemExit(3)
except SystemExit as e:
    print('SystemExit', e.code)
