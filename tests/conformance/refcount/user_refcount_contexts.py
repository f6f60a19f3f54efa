# sys.getrefcount in loops, comprehensions, default arguments, class attributes, bound methods, cells, generators, with and except.
import sys
class K:
    attr = object()
    lst = []
def rc(x):
    return sys.getrefcount(x)
o = object()
print('module local', sys.getrefcount(o))
print('via function', rc(o))
for i in range(2):
    print('loop var', sys.getrefcount(o))
items = [o, o, o]
print('in list x3', sys.getrefcount(o))
for item in items:
    print('loop item', sys.getrefcount(o))
del item
print([sys.getrefcount(o) for _ in range(2)])
print([sys.getrefcount(x) for x in items][:1])
print(list(sys.getrefcount(o) for _ in range(1)))
def default(a=o):
    return sys.getrefcount(a)
print('default arg', sys.getrefcount(o), default())
print('class attr', sys.getrefcount(K.attr))
inst = K()
print('instance', sys.getrefcount(inst), sys.getrefcount(K))
m = inst.__init__
print('bound method holds', sys.getrefcount(inst))
del m
print('after del m', sys.getrefcount(inst))
d = {'k': o}
print('in dict', sys.getrefcount(o))
del d, items
print('after del', sys.getrefcount(o))
t = (o,)
print('tuple', sys.getrefcount(o), sys.getrefcount(t))
s = 'some unique string value xyz'
print('str', sys.getrefcount(s))
n = 123456789
print('int', sys.getrefcount(n))
def nested():
    x = object()
    def inner():
        return x
    return sys.getrefcount(x), inner
print('cell', nested()[0])
lam = lambda: o
print('lambda global', sys.getrefcount(o))
def gen():
    y = object()
    yield sys.getrefcount(y)
print('gen local', next(gen()))
class Slot:
    __slots__ = ('v',)
sl = Slot(); sl.v = o
print('slot', sys.getrefcount(o))
print('None big', sys.getrefcount(None) > 1000, sys.getrefcount(1) > 100)
while True:
    w = object()
    print('while', sys.getrefcount(w))
    break
with open_ctx() if False else __import__('contextlib').nullcontext(o) as c:
    print('with', sys.getrefcount(o))
try:
    raise ValueError(o)
except ValueError as e:
    print('exc arg', sys.getrefcount(o), sys.getrefcount(e))
print('after except', sys.getrefcount(o))
