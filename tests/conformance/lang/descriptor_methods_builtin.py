# The __get__/__set__/__delete__ methods of __slots__ members and of the __dict__ and
# __weakref__ getsets, called directly, and their docs.
import inspect


class P:
    __slots__ = ('a', 'b')


class D:
    pass


m = P.__dict__['a']
p = P()
m.__set__(p, 3)
print(m.__get__(p, P), m.__get__(None, P) is m, p.a, type(m).__name__, m.__doc__)
m.__delete__(p)
for call in (lambda: m.__get__(p), lambda: m.__get__(5), lambda: m.__set__(5, 1),
             lambda: m.__get__(None), lambda: m.__delete__(p)):
    try:
        call()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
g = D.__dict__['__dict__']
d = D()
d.x = 1
print(g.__get__(d), g.__doc__, D.__dict__['__weakref__'].__doc__)
g.__set__(d, {'y': 2})
print(d.y, inspect.isdatadescriptor(g), inspect.isdatadescriptor(m), inspect.ismethoddescriptor(m))
try:
    g.__get__(3)
except TypeError as e:
    print(e)
