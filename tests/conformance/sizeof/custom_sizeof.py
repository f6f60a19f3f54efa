import sys


class Five:
    def __sizeof__(self):
        return 5


class FiveSlots:
    __slots__ = ()

    def __sizeof__(self):
        return 5


class Negative:
    def __sizeof__(self):
        return -1


class Broken:
    def __sizeof__(self):
        raise TypeError('nope')


print(sys.getsizeof(Five()), sys.getsizeof(FiveSlots()))
try:
    sys.getsizeof(Negative())
except ValueError as e:
    print('ValueError:', e)
print(sys.getsizeof(Broken(), 99))
try:
    sys.getsizeof(Broken())
except TypeError as e:
    print('TypeError:', e)
