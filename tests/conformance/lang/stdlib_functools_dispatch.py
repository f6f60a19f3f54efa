# singledispatch over ABCs and unions, annotation-based registration, the dispatch cache,
# singledispatchmethod; partialmethod binding and repr; partial pickling state, copies and
# recursive reprs; caches of caches; functools.__all__.
import collections.abc as cabc
import copy
import functools
import re
from functools import partial, partialmethod, singledispatch, singledispatchmethod


def clean(text):
    return re.sub('0x[0-9a-f]+', 'ID', str(text))


@singledispatch
def kind(x):
    return 'object'


kind.register(cabc.Sequence, lambda x: 'sequence')
kind.register(cabc.Mapping, lambda x: 'mapping')
kind.register(cabc.Iterable, lambda x: 'iterable')
kind.register(list, lambda x: 'list')


class MySeq(cabc.Sequence):
    def __getitem__(self, i):
        raise IndexError

    def __len__(self):
        return 0


class Plain:
    pass


class MyList(list):
    pass


print(kind([]), kind(MyList()), kind(()), kind('s'), kind({}), kind(set()), kind(MySeq()),
      kind(Plain()), kind(iter([])), kind(5))


@kind.register
def _(x: int | float):
    return 'number'


print(kind(1), kind(2.5), kind(True), kind.dispatch(bool)(0))


class Later:
    pass


print(kind(Later()))
cabc.Sequence.register(Later)   # the ABC cache token changes: dispatch looks again
print(kind(Later()))


@singledispatch
def ambiguous(x):
    return 'base'


ambiguous.register(cabc.Sized, lambda x: 'sized')
ambiguous.register(cabc.Container, lambda x: 'container')


class Both:
    def __len__(self):
        return 0

    def __contains__(self, x):
        return False


try:
    print(ambiguous(Both()))
except RuntimeError as e:
    print('RuntimeError', clean(e))

try:
    kind.register(5, lambda x: x)
except TypeError as e:
    print('TypeError', e)
try:
    @kind.register
    def _(x: 'not a class'):
        pass
except (TypeError, NameError, SyntaxError) as e:
    print(type(e).__name__)


@singledispatch
def hinted(x):
    return 'default'


@hinted.register
def _(x: 'list'):
    return 'list by string'


print(hinted([]), hinted(0))
print(type(kind.registry).__name__ in ('dict', 'mappingproxy'), kind.registry[object] is kind.__wrapped__)
kind._clear_cache()
print(kind([]))


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return 'generic ' + type(arg).__name__

    @fmt.register
    def _(self, arg: int):
        return 'int %d' % arg

    @fmt.register(list)
    def _(self, arg):
        return 'list of %d' % len(arg)

    @singledispatchmethod
    @classmethod
    def cfmt(cls, arg):
        return cls.__name__ + ' generic'

    @cfmt.register
    @classmethod
    def _(cls, arg: str):
        return cls.__name__ + ' str'


f = Formatter()
print(f.fmt(1), f.fmt([1, 2]), f.fmt('x'), Formatter.cfmt('s'), Formatter.cfmt(1.0), f.cfmt('t'))
print(Formatter.fmt.__name__, f.fmt.__name__, Formatter.__dict__['fmt'].__isabstractmethod__)


def g(*args, **kw):
    return args, kw


class Holder:
    pm = partialmethod(g, 1, k=2)
    st = partialmethod(staticmethod(g), 'static')
    cm = partialmethod(classmethod(g), 'class')


h = Holder()
print(clean(repr(Holder.__dict__['pm'])))
print(clean(repr(partialmethod(g))))
print(type(h.pm).__name__, h.pm.__self__ is h, h.pm(3)[0][1:], h.pm(3)[1])
print(h.st(1), Holder.st(2))
print(Holder.cm()[0][0] is Holder, h.cm(5)[0][1:])
print(callable(Holder.pm), Holder.pm(h, 'x')[0][1:], Holder.pm.__name__)

p = partial(g, 1, a=2)
print(clean(p.__reduce__()))
q = copy.copy(p)
print(clean(q), q.func is g, q.args, q.keywords, q is p)
r = copy.deepcopy(p)
print(clean(r), r(3))
p.extra = 'kept'
print(sorted(p.__dict__), clean(copy.copy(p).__dict__))
loop = partial(g)
loop2 = partial(g, [loop])
print(clean(repr(loop2)))
selfref = []
rec = partial(g, selfref)
selfref.append(rec)
print(clean(repr(rec)))

inner = functools.lru_cache(maxsize=None)(lambda x: x * 2)
outer = functools.lru_cache(maxsize=2)(inner)
print(outer(2), outer(2), inner(3), outer.cache_info(), inner.cache_info())
print(outer.__wrapped__ is inner, type(outer).__name__, clean(type(outer)))
info = outer.cache_info()
print(type(info).__name__, info._fields, info._replace(hits=9), type(info)._make([1, 2, 3, 4]),
      isinstance(info, tuple))
print(functools.__all__)
