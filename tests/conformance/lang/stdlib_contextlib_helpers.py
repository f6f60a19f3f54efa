# contextlib's small helpers: closing, suppress, nullcontext, redirect_stdout/stderr,
# ContextDecorator and AbstractContextManager (subclass hooks, abstract methods).
import contextlib
import io
import sys
from contextlib import (AbstractContextManager, ContextDecorator, closing, nullcontext,
                        redirect_stderr, redirect_stdout, suppress)

print([n for n in ('contextmanager', 'closing', 'nullcontext', 'AbstractContextManager',
                          'ContextDecorator', 'ExitStack', 'redirect_stdout', 'redirect_stderr',
                          'suppress') if n not in contextlib.__all__])


class Thing:
    def __init__(self, name):
        self.name = name

    def close(self):
        print('closing', self.name)


with closing(Thing('t1')) as t:
    print('got', t.name)
try:
    with closing(Thing('t2')):
        raise ValueError('in body')
except ValueError as e:
    print('ValueError', e)
c = closing(Thing('t3'))
print(c.thing.name, c.__enter__().name, c.__exit__(None, None, None))

with suppress(KeyError, IndexError):
    [][1]
print('suppressed IndexError')
with suppress():
    pass
try:
    with suppress():
        raise KeyError('none given')
except KeyError as e:
    print('not suppressed', e)
try:
    with suppress(KeyError):
        raise ValueError('other')
except ValueError as e:
    print('not suppressed', e)
with suppress(LookupError):
    {}['sub']
print('subclass suppressed')
s = suppress(OSError)
print(s.__enter__(), s.__exit__(None, None, None), s.__exit__(FileNotFoundError, FileNotFoundError(), None),
      s.__exit__(ValueError, ValueError(), None))
with suppress(ZeroDivisionError) as r:
    print('enter result', r)
    1 / 0
# a suppress instance is reusable
for i in range(2):
    with s:
        raise OSError(i)
print('reused suppress')

with nullcontext() as n:
    print('null', n)
obj = object()
with nullcontext(obj) as n:
    print('same', n is obj)
nc = nullcontext([1])
print(nc.enter_result, nc.__exit__(1, 2, 3))
try:
    with nullcontext():
        raise RuntimeError('through')
except RuntimeError as e:
    print('through', e)

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print('hidden')
    print('target is buf', target is buf)
print('captured', repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print('to err', file=sys.stderr)
print('captured err', repr(err.getvalue()))
# reentrant: nested use of the same instance
sink = io.StringIO()
rs = redirect_stdout(sink)
with rs:
    with rs:
        print('deep')
    print('mid')
print('restored', sink.getvalue().split())
try:
    with redirect_stdout(io.StringIO()):
        raise ValueError('restore on error')
except ValueError:
    pass
print('stdout restored after error')


class Deco(ContextDecorator):
    def __enter__(self):
        print('deco enter')
        return self

    def __exit__(self, *exc):
        print('deco exit', exc[0].__name__ if exc[0] else None)
        return False


@Deco()
def decorated(x):
    """Decorated doc."""
    print('decorated', x)
    return x + 1


print(decorated(1), decorated.__name__, decorated.__doc__, decorated.__wrapped__.__name__)
with Deco() as d:
    print('with', type(d).__name__)


@Deco()
def raiser():
    raise KeyError('deco')


try:
    raiser()
except KeyError as e:
    print('KeyError', e)


class Suppressing(ContextDecorator):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


@Suppressing()
def quiet():
    raise ValueError
    return 1


print('quiet returns', quiet())


class Good:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


class OnlyEnter:
    def __enter__(self):
        return self


class NoneExit(Good):
    __exit__ = None


print(issubclass(Good, AbstractContextManager), issubclass(OnlyEnter, AbstractContextManager),
      issubclass(NoneExit, AbstractContextManager), isinstance(Good(), AbstractContextManager),
      issubclass(int, AbstractContextManager), isinstance(io.StringIO(), AbstractContextManager))


class Concrete(AbstractContextManager):
    def __exit__(self, *a):
        return None


with Concrete() as cc:
    print('Concrete enter returns self', type(cc).__name__)
try:
    class Abstract(AbstractContextManager):
        pass
    Abstract()
except TypeError as e:
    print('TypeError', e)
print(AbstractContextManager.__exit__(None, None, None, None))
print(issubclass(suppress, AbstractContextManager), issubclass(closing, AbstractContextManager),
      issubclass(nullcontext, AbstractContextManager), issubclass(redirect_stdout, AbstractContextManager))
print(issubclass(contextlib.ExitStack, AbstractContextManager), AbstractContextManager[int])
