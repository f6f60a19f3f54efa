import sys
def f(a=(1, 2), b="text value", c=None, d=3.5, e=10**20):
    return [sys.getrefcount(x) for x in (a, b, d, e)]
print(f())
g = lambda x=123456789123: sys.getrefcount(x)
print(g())
class K:
    def m(self, v=987654321987, w="another default"):
        return sys.getrefcount(v), sys.getrefcount(w)
print(K().m())
def outer():
    def inner(q=55555555551, r=(5, 6)):
        return sys.getrefcount(q), sys.getrefcount(r)
    return inner()
print(outer())
def kwonly(*, z=44444444441, y=44444444441):
    return sys.getrefcount(z)
print(kwonly())
def mixed(a=77777777771, *, b=77777777771):
    return sys.getrefcount(a)
print(mixed())
x = 77777777771
print(sys.getrefcount(x))
def same_default(a=77777777771, b=77777777771):
    return sys.getrefcount(a)
print(same_default())
print(f.__defaults__, sys.getrefcount(f.__defaults__))
