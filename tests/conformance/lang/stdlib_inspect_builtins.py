# inspect.signature of built-in functions and types, getmembers of modules and classes.
import inspect, sys
def f(a, b="it's", c=None, *, d=[1, 'x'], e=lambda: 0): pass
print(str(inspect.signature(f))[:40])
print(inspect.getsource(sys.modules[__name__]).splitlines()[0])
for fn in (max, min, print, len, sorted, abs, iter, next, getattr, range, zip, map, dict, int, str):
    try:
        print(fn.__name__, inspect.signature(fn))
    except ValueError as e:
        print(fn.__name__, "ValueError", e)
print(inspect.getmodule(f).__name__, inspect.getfile(f) == __file__)
print([n for n, v in inspect.getmembers(sys.modules[__name__]) if not n.startswith('_')])
class A:
    x: int = 1
    def m(self): pass
print([n for n, _ in inspect.getmembers(A) if not n.startswith('__')], inspect.getmembers(A, inspect.isfunction)[0][0])
print(inspect.get_annotations(A), inspect.get_annotations(f))
print(inspect.getsourcelines(A)[1])
class E2(Exception): pass
class P: pass
for c in (object, E2, P, ValueError, type, bool, list):
    try: print(inspect.signature(c))
    except ValueError as e: print(e)
class L(list): pass
class M(list):
    def __init__(self, a, b=2): pass
for c in (L, M, list, tuple, complex, float):
    print(inspect.signature(c))
print(inspect.signature(print), inspect.signature(enumerate), inspect.signature(open), inspect.signature(tuple), inspect.signature(complex))
