# Built-in methods and operators on subclass instances: result types as CPython.
class Fz(frozenset): pass
class St(set): pass
a = Fz([1, 2]); b = St([2, 3])
print(type(a.copy()).__name__, type(b.copy()).__name__, type(a | {5}).__name__, type(b & {2}).__name__, sorted(b - {2}))
class L(list): pass
x = L([3, 1, 2])
x.sort(); print(x, type(x[:]).__name__, type(x + [1]).__name__, type(x * 2).__name__)
x += [9]; print(x, type(x).__name__)
class D(dict): pass
d = D({'a': 1}, b=2)
print(d, type(d.copy()).__name__, list(d.items()), d | {'c': 3})
d2 = D(); d2.update(z=1); print(d2, d == {'a': 1, 'b': 2})
class I(int): pass
print(I(), I('12'), I('ff', 16), I(3.7), -I(4), abs(I(-2)), I(7) // 2, divmod(I(7), 2), I(5) > 3, bool(I(0)))
class S(str): pass
print(S(), S(12), S('a,b').split(','), S('x') * 3, S('abc')[1], 'a' in S('abc'), f"{S('q')}", S('k') in {'k': 1})
class F(float): pass
print(F(), F('2.5'), F(2) ** 2, round(F(2.567), 2), int(F(3.9)))
class T(tuple): pass
print(T(), T('ab'), T(x for x in range(3)), T([1]) * 2, tuple(T([4])))
def gen():
    class Node(list):
        pass
    n = Node([1])
    n.append(n)
    n.me = n
    return n
import gc
gc.collect()
gen()
print(gc.collect())
class B(bytes): pass
print(B(), B(3), B([65, 66]), B(b'x') + b'y')
import sys
class D2(dict):
    __slots__ = ()
print(sys.getsizeof(D2()), sys.getsizeof(D2(a=1)))
print(isinstance(I(1), int), issubclass(I, int), type(I(1)) is I)
print(hash(S('abc')) == hash('abc'), {S('a'): 1}['a'], {'a': 1}[S('a')])
