# Attributes of wrappers and descriptors as functools-style code reads them: a class's
# __annotations__ (made on first access, per class), __module__ of built-in functions and
# method descriptors, and staticmethod/classmethod copying their callable's attributes.
import gc
class C: pass
print(C.__annotations__, '__annotations__' in C.__dict__)
class A:
    x: int
class B(A): pass
print(A.__annotations__, B.__annotations__, B.__annotations__ is B.__annotations__)
B.__annotations__['y'] = str
print(B.__annotations__, A.__annotations__)
C.__annotations__ = {'z': float}
print(C.__annotations__)
del C.__annotations__
print(C.__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print(e)
import typing
print(typing.get_type_hints(B))

for o in [len, str.upper, "a".upper, [].append, list.append, dict.fromkeys, int.__add__,
          (1).__add__, object.__init__, print, gc.collect]:
    print(repr(o).split(" at ")[0], getattr(o, '__module__', 'NOATTR'), hasattr(o, '__qualname__'))

gc.disable()
keep = []
def f(): pass
def run(label, mk):
    for i in range(2):
        gc.collect()
        b = gc.get_count()[0]
        o = mk()
        a = gc.get_count()[0]
        keep.append(o)
        print(label, a - b, sorted(o.__dict__))
run("staticmethod(1)", lambda: staticmethod(1))
run("staticmethod(len)", lambda: staticmethod(len))
run("classmethod(len)", lambda: classmethod(len))
run("staticmethod(f)", lambda: staticmethod(f))
run("classmethod(f)", lambda: classmethod(f))
class K: pass
run("staticmethod(K)", lambda: staticmethod(K))
run("staticmethod(K())", lambda: staticmethod(K()))
gc.enable()
