# object.__init__ / object.__new__ with extra arguments, as cooperative classes call them.
class Base:
    def __init__(self, x):
        super().__init__(x)
try:
    Base(1)
except TypeError as e:
    print("TypeError:", e)
class Good:
    def __init__(self, x, **kw):
        super().__init__(**kw)
        self.x = x
print(Good(1).x)
class Mixin:
    def __init__(self, *args, **kwargs):
        print("Mixin got", args, kwargs)
        super().__init__(*args, **kwargs)
class Leaf(Mixin):
    pass
try:
    Leaf(1, y=2)
except TypeError as e:
    print("TypeError:", e)
Leaf()
class NewOnly:
    def __new__(cls, *args):
        print("__new__", args)
        return super().__new__(cls)
n = NewOnly(1, 2)
try:
    object.__init__(n, 1)
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
try:
    object.__init__(Plain(), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(Plain, 1)
except TypeError as e:
    print("TypeError:", e)
class WithInit:
    def __init__(self, a):
        self.a = a
print(object.__new__(WithInit, 1, 2).__class__.__name__)
class PassesArgs:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls, *args, **kwargs)
    def __init__(self, v):
        self.v = v
try:
    PassesArgs(5)
except TypeError as e:
    print("TypeError:", e)
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
for bad in [lambda: int("1", base=10, x=1), lambda: int(x="1", base=10, y=2), lambda: sorted([], key=None, reverse=False, x=1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
