# The dunder methods of built-in types as attributes: which binary operators each type
# defines (str has no __sub__, float no __and__), the in-place ones of list/set/dict,
# divmod, object's orderings/__format__/__dir__/__subclasshook__, and dir() of objects.
names = ['add', 'and', 'floordiv', 'lshift', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor', 'divmod']
for t in [list, dict, set, frozenset, tuple, int, float, str, bytes, bool]:
    x = t()
    print(t.__name__, [n for n in names if hasattr(x, '__%s__' % n)],
          [n for n in names if hasattr(x, '__r%s__' % n)],
          [n for n in names if hasattr(x, '__i%s__' % n)])
a = [1]; print(a.__iadd__([2]), a.__imul__(2), a)
s = {1, 2}; print(s.__ior__({3}), s.__iand__({1, 3}), s.__isub__({1}), s.__ixor__({9}), s)
d = {'a': 1}; print(d.__ior__({'b': 2}), d)
print((7).__divmod__(2), (7).__rdivmod__(2), (7).__divmod__(2.0), (7.5).__divmod__(2), (7.5).__rdivmod__(2), (2).__divmod__('x'))
print('ab'.__add__('c'), 'ab'.__mul__(2), 'ab'.__rmul__(2), '%s!'.__mod__('x'), [1].__mul__(2), (1,).__add__((2,)))
print(set().__iand__(5), {1}.__or__([1]), {1}.__sub__({1}))
try:
    [1].__iadd__(5)
except TypeError as e:
    print(e)


class MyList(list):
    def __iadd__(self, other):
        print('iadd')
        return super().__iadd__(other)


m = MyList([1]); m += [2]; print(m)


class MyInt(int):
    def __add__(self, other):
        return MyInt(super().__add__(other) * 10)


print(MyInt(1) + 2, divmod(MyInt(7), 2))


class A:
    pass


o = A()
print(o.__lt__(o), o.__ge__(1), A.__subclasshook__(int), format(o, '') == str(o))
try:
    format(o, 'x')
except TypeError as e:
    print(e)
print(sorted(o.__dir__()) == dir(o))
print(range(5).__len__(), range(5).__getitem__(2), list(range(3).__iter__()), range(0).__bool__(), None.__bool__())
print(list([1, 2].__reversed__()), list({1: 2, 3: 4}.__reversed__()), b'ab'.__len__(), b'ab'.__contains__(97), list('ab'.__iter__()))
hidden = {'__getstate__', '__reduce__', '__reduce_ex__', '__getnewargs__', '__doc__', '__getformat__',
          '__abs__', '__ceil__', '__floor__', '__trunc__', '__bytes__', '__init_subclass__'}
for t in [object, A, int, str, list, dict, tuple, set, bool]:
    print(t.__name__, [n for n in dir(t) if n not in hidden])
print([n for n in dir(A()) if n not in hidden])
