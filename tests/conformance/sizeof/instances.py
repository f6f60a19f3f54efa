import sys


class Plain:
    pass


class Slots2:
    __slots__ = ('a', 'b')


class Slots0:
    __slots__ = ()


class Child(Plain):
    pass


print(sys.getsizeof(Plain()), sys.getsizeof(Slots2()), sys.getsizeof(Slots0()), sys.getsizeof(Child()))
p = Plain()
p.x = 1
p.y = 2
print(sys.getsizeof(p))
