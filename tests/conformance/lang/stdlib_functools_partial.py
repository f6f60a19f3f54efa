# functools.partial and partialmethod: calls, keyword merging, nesting (flattened),
# reprs, attributes, errors, subclasses; update_wrapper / wraps details.
import functools
from functools import partial, partialmethod, wraps, update_wrapper


def f(*args, **kw):
    return args, sorted(kw.items())


p = partial(f, 1, 2, a=3)
print(p(4, b=5), p(a=9), p.func is f, p.args, p.keywords)
print(repr(p).replace(hex(id(f)), 'ID'))
q = partial(p, 6, a=7, c=8)
print(q.func is f, q.args, q.keywords, q())
print(repr(partial(len)), repr(partial(max, [1], key=None)))
print(repr(partial(partial(partial(divmod, 7), 2))))
print(callable(p), type(p).__name__, type(p).__module__ if hasattr(type(p), '__module__') else '')

# keywords given at call time override the stored ones, stored ones are not mutated
kwp = partial(f, x=1)
print(kwp(x=2), kwp.keywords)

# attributes of a partial; a partial with its own attributes is not flattened
p2 = partial(f, 'a')
p2.note = 'mine'
print(p2.note, partial(p2, 'b').func is p2)
for name in ('func', 'args', 'keywords'):
    try:
        setattr(p, name, None)
    except (AttributeError, TypeError) as e:
        print('setattr', name, type(e).__name__)

# errors
for args in [(), (1,), ('str',)]:
    try:
        partial(*args)
    except TypeError as e:
        print('TypeError', e)


class MyPartial(partial):
    pass


mp = MyPartial(f, 1)
print(repr(mp).replace(hex(id(f)), 'ID'), mp(2), isinstance(mp, partial))
print(repr(MyPartial(MyPartial(f, 1), 2)).replace(hex(id(f)), 'ID'))

# a partial as a class attribute does not bind
class C:
    meth = partial(f, 'bound?')


print(C().meth())


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state, *, note=''):
        self.alive = state
        return note

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note='dead')


c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_dead(note='x'))
print(type(Cell.__dict__['set_alive']).__name__)


class Multi:
    base = partialmethod(f, 1)
    more = partialmethod(base, 2)


print(Multi().more(3)[0][1:])

try:
    partialmethod(1)
except TypeError as e:
    print('TypeError', e)


# wraps / update_wrapper
def original(a, b=1):
    """Original doc."""
    return a + b


original.__dict__['custom'] = [1]


@wraps(original)
def wrapper(*args, **kw):
    return original(*args, **kw)


print(wrapper.__name__, wrapper.__qualname__, wrapper.__doc__, wrapper.__module__,
      wrapper.custom is original.custom, wrapper.__wrapped__ is original, wrapper(1))


def other():
    pass


r = update_wrapper(other, original, assigned=('__doc__',), updated=())
print(r is other, other.__name__, other.__doc__, hasattr(other, 'custom'), other.__wrapped__ is original)


class NoName:
    def __call__(self):
        return 1


def w2():
    pass


update_wrapper(w2, NoName())   # missing attributes are skipped
print(w2.__name__, w2.__doc__)

# __wrapped__ of a wrapper of a wrapper is the direct one
@wraps(wrapper)
def w3():
    pass


print(w3.__wrapped__ is wrapper, w3.__wrapped__.__wrapped__ is original, w3.custom)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def annotated(x: int) -> str:
    pass


@wraps(annotated)
def wa(*a):
    pass


print(wa.__annotations__)

try:
    update_wrapper(1, original)
except AttributeError as e:
    print('AttributeError')
