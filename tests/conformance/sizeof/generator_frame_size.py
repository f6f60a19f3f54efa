# sys.getsizeof of generators depends on the code: 3.11 adds a word per local and value-stack slot.
import sys, types

def g0():
    yield 1

def g1(a):
    yield a

def g3(a, b, c):
    x = a + b
    yield x + c

def gbig():
    a = b = c = d = e = f = g = h = 0
    for i in range(3):
        yield (a, b, c, d, e, f, g, h, i)

def gdeep():
    yield [[[[[[1, 2, 3]]]]]]

def gclosure():
    v = 1
    def inner():
        return v
    yield inner

for fn, args in [(g0, ()), (g1, (1,)), (g3, (1, 2, 3)), (gbig, ()), (gdeep, ()), (gclosure, ())]:
    gen = fn(*args)
    s0 = sys.getsizeof(gen)
    next(gen)
    s1 = sys.getsizeof(gen)
    gen.close()
    s2 = sys.getsizeof(gen)
    print(fn.__name__, s0, s1, s2, gen.__sizeof__())

ge = (x for x in range(10))
print('genexpr', sys.getsizeof(ge))
ge2 = (x * y for x in range(3) for y in range(4))
print('genexpr2', sys.getsizeof(ge2))



class C:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(C()))
class D:
    __slots__ = ('a', 'b')
print(sys.getsizeof(D()), D().__sizeof__())
print(sys.getsizeof(object()), object().__sizeof__())
print(sys.getsizeof(1, 99), sys.getsizeof(C(), 5))
class Bad:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Bad())
except ValueError as e:
    print('ValueError', e)
class Bad2:
    def __sizeof__(self):
        return 'x'
try:
    sys.getsizeof(Bad2())
except TypeError as e:
    print('TypeError', e)
try:
    print(sys.getsizeof(Bad2(), 7))
except TypeError as e:
    print('TypeError', e)
class Big:
    def __sizeof__(self):
        return 2**70
try:
    sys.getsizeof(Big())
except OverflowError as e:
    print('OverflowError', e)
class F:
    def __sizeof__(self):
        return 3.5
try:
    sys.getsizeof(F())
except TypeError as e:
    print('TypeError', e)
class B(int):
    pass
class S:
    def __sizeof__(self):
        return B(10)
print(sys.getsizeof(S()))
class Sb:
    def __sizeof__(self):
        return True
print(sys.getsizeof(Sb()))
