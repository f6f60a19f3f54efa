# contextlib.ExitStack: enter_context, push, callback, pop_all, close, LIFO unwinding,
# suppression by a callback, and the __context__ chains of exceptions raised while unwinding.
from contextlib import ExitStack, contextmanager


@contextmanager
def tag(name):
    print('enter', name)
    try:
        yield name
    finally:
        print('exit', name)


with ExitStack() as stack:
    print(type(stack).__name__, stack.__enter__() is stack)
    names = [stack.enter_context(tag(n)) for n in 'abc']
    print('names', names)
    r = stack.callback(print, 'callback', 1, sep='-')
    print('callback returns', r is print)
    print('body')


def exit_fn(*exc):
    print('push exit_fn', exc[0].__name__ if exc[0] else None)


class CM:
    def __init__(self, name, result=False):
        self.name = name
        self.result = result

    def __enter__(self):
        print('enter', self.name)
        return self.name

    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None)
        return self.result


with ExitStack() as stack:
    print(stack.push(exit_fn) is exit_fn)
    cm = CM('pushed')
    print(stack.push(cm) is cm)   # only __exit__ is registered
print('push done')

# A callback returning true suppresses the exception.
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    stack.enter_context(CM('inner'))
    raise ValueError('suppressed by a pushed exit')
print('suppressed')

with ExitStack() as stack:
    stack.enter_context(CM('suppressor', True))
    stack.enter_context(CM('sees it'))
    raise KeyError('k')
print('suppressed by enter_context cm')

# pop_all moves the callbacks to a new stack; the old one then closes nothing.
with ExitStack() as stack:
    stack.enter_context(tag('kept'))
    stack.callback(print, 'kept callback')
    moved = stack.pop_all()
    print('moved', type(moved).__name__)
print('old stack closed')
moved.close()
moved.close()
print('closed twice')


class MyStack(ExitStack):
    pass


s = MyStack()
s.callback(print, 'from MyStack')
print(type(s.pop_all()).__name__)

# enter_context on something that is not a context manager.
for bad in (42, object(), 'str'):
    try:
        with ExitStack() as stack:
            stack.enter_context(bad)
    except TypeError as e:
        print('TypeError', e)


class OnlyEnter:
    def __enter__(self):
        print('should not be called')


try:
    ExitStack().enter_context(OnlyEnter())
except TypeError as e:
    print('TypeError', e)

# Exceptions raised by callbacks: the last one propagates, chained to the earlier ones.


def raiser(exc):
    def cb(*args):
        raise exc
    return cb


try:
    with ExitStack() as stack:
        stack.callback(raiser(IndexError('first registered')))
        stack.callback(raiser(KeyError('second registered')))
        raise ValueError('body')
except Exception as e:
    chain = []
    while e is not None:
        chain.append(type(e).__name__)
        e = e.__context__
    print('chain', chain)

try:
    with ExitStack() as stack:
        stack.callback(raiser(IndexError('only')))
except IndexError as e:
    print('IndexError', e, 'context', e.__context__)

# A callback suppressing an exception raised by a later-registered callback.
with ExitStack() as stack:
    stack.push(lambda *exc: print('suppressing', exc[0].__name__) or True)
    stack.callback(raiser(OSError('boom')))
print('suppressed callback error')

# Inside an except block, the frame's exception is not added to the chain.
try:
    raise NameError('outer')
except NameError:
    try:
        with ExitStack() as stack:
            stack.callback(raiser(AttributeError('cb')))
            raise TypeError('body')
    except AttributeError as e:
        print('context', type(e.__context__).__name__, type(e.__context__.__context__).__name__)

# The same exception object re-raised by a callback keeps its __context__.
err = LookupError('same')
try:
    with ExitStack() as stack:
        stack.callback(raiser(err))
        raise err
except LookupError as e:
    print('same', e is err, e.__context__)

# close() runs callbacks with no exception.
stack = ExitStack()
stack.push(lambda *exc: print('close args', exc))
stack.callback(lambda: print('plain callback'))
print(stack.close())

# __exit__ return values.
stack = ExitStack()
print(stack.__exit__(None, None, None))
stack.push(lambda *exc: True)
print(stack.__exit__(ValueError, ValueError(), None))
stack.push(lambda *exc: True)
print(stack.__exit__(None, None, None))

# callback's __wrapped__ and arguments by keyword.
with ExitStack() as stack:
    stack.callback(lambda **kw: print('kw', sorted(kw.items())), a=1, callback=2, self=3)
try:
    ExitStack().callback()
except TypeError as e:
    print('TypeError callback()')

# Nested stacks.
with ExitStack() as outer:
    inner = outer.enter_context(ExitStack())
    inner.callback(print, 'inner cb')
    outer.callback(print, 'outer cb')
print('nested done')

# Many callbacks unwind LIFO, a generator-based cm sees the exception.
try:
    with ExitStack() as stack:
        for i in range(3):
            stack.callback(print, 'cb', i)
        stack.enter_context(tag('last'))
        raise RuntimeError('unwind')
except RuntimeError as e:
    print('RuntimeError', e)
