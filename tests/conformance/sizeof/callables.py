import sys


def f():
    pass


def outer():
    x = 1

    def inner():
        return x

    return inner


class K:
    def m(self):
        pass


inner = outer()
print(sys.getsizeof(f), sys.getsizeof(lambda: 0), sys.getsizeof(inner))
print(sys.getsizeof(inner.__closure__[0]))
print(sys.getsizeof(K().m))
