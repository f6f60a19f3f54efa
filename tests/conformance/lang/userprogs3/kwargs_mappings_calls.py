from collections import UserDict
class A:
    def __init__(self, **kw): self.kw = kw
    def m(self, a=0, **kw): return a, kw
class B(A):
    def __init__(self, **kw):
        super().__init__(**kw)
u = UserDict(a=1, z=2)
print(A(**u).kw, A().m(**u), B(**u).kw, (lambda **k: k)(**u), dict(**u), print(**UserDict(end="!\n")))
import functools
print(functools.partial(A, **u)().kw, sorted([3, 1], **UserDict(reverse=True)), "{a}-{z}".format(**u), "{a}".format_map(u))
class D(dict):
    def __iter__(self): return iter(["x"])
    def keys(self): return ["x"]
    def __getitem__(self, k): return 42
print((lambda **k: k)(**D(y=1)), {**D(y=1)}, dict(D(y=1)))
