def booh(self):
    raise AttributeError("booh")
def t(name, f):
    try:
        r = f()
        print(name, 'ok', r if not isinstance(r, str) else r[:12])
    except Exception as e:
        print(name, type(e).__name__, e)
ops = {
 '__eq__': lambda o: o == o, '__ne__': lambda o: o != o, '__lt__': lambda o: o < o,
 '__ge__': lambda o: o >= o,
 '__init__': None, '__hash__': lambda o: hash(o), '__repr__': lambda o: repr(o),
 '__str__': lambda o: str(o), '__len__': lambda o: len(o), '__iter__': lambda o: iter(o),
 '__next__': lambda o: next(o), '__add__': lambda o: o + 1, '__radd__': lambda o: 1 + o,
 '__iadd__': None,
 '__bool__': lambda o: bool(o), '__contains__': lambda o: 1 in o, '__getitem__': lambda o: o[0],
 '__call__': lambda o: o(),
 '__neg__': lambda o: -o, '__int__': lambda o: int(o), '__float__': lambda o: float(o),
 '__index__': lambda o: [1][o], '__getattr__': lambda o: o.zz, '__format__': lambda o: format(o, ''),
 '__del__': None, '__enter__': None, '__reversed__': lambda o: reversed(o),
 '__length_hint__': None, '__mul__': lambda o: o * 2, '__abs__': lambda o: abs(o),
 '__get__': None, '__await__': None, '__set_name__': None, '__dir__': lambda o: dir(o),
 '__sizeof__': lambda o: __import__('sys').getsizeof(o), '__round__': lambda o: round(o),
 '__class_getitem__': None, '__instancecheck__': None,
}
for name, f in ops.items():
    C = type('C', (), {name: property(booh)})
    if name == '__init__':
        t(name, lambda: C())
        continue
    if name == '__iadd__':
        def g():
            o = C(); o += 1; return o
        t(name, g); continue
    if name == '__enter__':
        def g():
            with C(): pass
        t(name, g); continue
    if name == '__length_hint__':
        t(name, lambda: list(C()) ); continue
    if name == '__get__':
        D = type('D', (), {'a': C()})
        t(name, lambda: D().a); continue
    if name == '__set_name__':
        t(name, lambda: type('D', (), {'a': C()})); continue
    if name == '__class_getitem__':
        t(name, lambda: C[int]); continue
    if name == '__instancecheck__':
        t(name, lambda: isinstance(1, C())); continue
    if name in ('__del__', '__await__'):
        continue
    t(name, lambda: f(C()))
