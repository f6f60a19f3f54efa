import sys, gc
gc.collect()
sz = sys.getsizeof
class A: pass
for n in range(0, 12):
    kw = {f"k{i}": i for i in range(n)}
    d = {}; d.update(**kw)
    e = {"z": 0}; e.update(**kw)
    f = dict(**kw)
    g = dict({"q": 1}, **kw)
    a = A(); a.__dict__.update(**kw)
    b = A(); b.x = 1; b.__dict__.update(**kw)
    class Sub(dict): pass
    s = Sub(**kw)
    print(n, sz(d), sz(e), sz(f), sz(g), sz(a.__dict__), sz(b.__dict__), sz(s), list(s) == list(kw))
d = {}
d.update(a=1, b=2, c=3, d=4, e=5, f=6)
print(sz(d), d)
print(gc.get_count())
for i in range(5):
    d.update(x=i)
    dict(y=i)
    print(gc.get_count())
try:
    d.update({}, {})
except TypeError as e:
    print(e)
try:
    dict({}, {})
except TypeError as e:
    print(e)
