from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack
import contextlib

@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')

with tag('b') as t:
    print('inside', t)

try:
    with tag('err'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', e)

with swallow():
    {}['k']
print('after swallow')

with suppress(ZeroDivisionError):
    1 / 0
print('suppressed')

class Res:
    def close(self): print('closed')
with closing(Res()) as r:
    print('using', type(r).__name__)

with nullcontext(5) as v:
    print('null', v)

with ExitStack() as stack:
    for n in ['a', 'b', 'c']:
        stack.enter_context(tag(n))
    stack.callback(print, 'callback ran')
    print('body')

@tag('deco')
def f():
    print('in f')
f()
f()

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
print(isinstance(suppress(), contextlib.AbstractContextManager))
