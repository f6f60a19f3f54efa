# + and * of the built-in sequences with an operand they refuse: abstract.c's sq_concat and
# sq_repeat messages, list += any iterable, repeat counts from __index__, unhashable
# subclasses of the mutable built-ins, __module__ of built-in types.
class Idx:
    def __index__(self):
        return 2
for f in [lambda: [1] + (1,), lambda: (1,) + [1], lambda: 'a' + 1, lambda: b'a' + 1,
          lambda: bytearray(b'a') + 'x', lambda: [1] * 'a', lambda: 'a' * 1.5, lambda: 2.5 * [1],
          lambda: b'x' * None, lambda: [1] + None, lambda: None + [1]]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
x = [1]; x += range(2); x += 'ab'; x += (9,); print(x)
try:
    x += 1
except TypeError as e:
    print('TypeError', e)
t = (1,)
try:
    t += [1]
except TypeError as e:
    print('TypeError', e)
print([1] * Idx(), Idx() * 'ab', (1,) * Idx(), b'z' * Idx())
y = [0]; y *= Idx(); print(y)
class L(list): pass
class D(dict): pass
class S(set): pass
for c in (L, D, S):
    try:
        hash(c())
    except TypeError as e:
        print('TypeError', e)
class T(tuple): pass
print(hash(T((1,))) == hash((1,)), int.__module__, type(iter([])).__module__)
import weakref
print(weakref.ReferenceType.__module__)
