# dir(obj) calls type(obj).__dir__ (a metaclass's for a class) and sorts the list it returns.
class A:
    def __dir__(self):
        return ('b', 'a', 'c')


print(dir(A()), 'a' in dir(A))


class Meta(type):
    def __dir__(cls):
        return ['z', 'y']


class B(metaclass=Meta):
    x = 1


print(dir(B), 'x' in dir(B()))


class Gen:
    def __dir__(self):
        yield 'two'
        yield 'one'


print(dir(Gen()))


class Bad:
    def __dir__(self):
        return 5


try:
    dir(Bad())
except TypeError as e:
    print('TypeError', e)


class Mixed:
    def __dir__(self):
        return [1, 'a']


try:
    dir(Mixed())
except TypeError as e:
    print('TypeError', e)
print(dir(A) == sorted(dir(A)), len(dir(A())))
