# Class protocols, common error messages, dict views, context managers, generator throw.
class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Missing(dict):
    def __missing__(self, k): self[k] = len(k); return self[k]
m = Missing(); print(m["abc"], m, m.get("zz"), "zz" in m)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
class Box:
    def __class_getitem__(cls, item): return f"Box[{item.__name__}]"
    def __call__(self, *a): return sum(a)
    def __contains__(self, x): return x == 42
print(Box[int], Box()(1, 2, 3), 42 in Box(), 1 in Box())
class Field:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, typ=None): return self if obj is None else getattr(obj, self.name, "unset")
    def __set__(self, obj, v): setattr(obj, self.name, v * 2)
class Model:
    x = Field()
mm = Model(); print(mm.x); mm.x = 5; print(mm.x, Model.x.name, vars(mm))
class Lazy:
    def __getattr__(self, name):
        if name.startswith("get_"): return lambda: name[4:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
print(Lazy().get_thing(), getattr(Lazy(), "nope", "default"), hasattr(Lazy(), "x"))
l = [1, 2]; l.append(l); d = {"k": None}; d["k"] = d; print(l, d)
print(repr([1, "a", 2.0, None, (1,), {1: [2]}, {3}, frozenset(), set(), b"x", bytearray(b"y"), 1j, range(3), slice(1, 2), ...]))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print(e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError", e)
try:
    int("12a")
except ValueError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    [1, 2].index(5)
except ValueError as e:
    print(e)
try:
    {}.pop("x")
except KeyError as e:
    print("KeyError", e)
try:
    (1, 2)[5]
except IndexError as e:
    print(e)
try:
    "abc"[10]
except IndexError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    import nonexistent_mod
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    x = 1 / 0.0
except ZeroDivisionError as e:
    print(e)
try:
    2 ** 10000.0
except OverflowError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    del [].x
except AttributeError as e:
    print(e)
dk = {"a": 1, "b": 2}.keys(); print(dk & {"a", "z"}, dk | {"c"}, dk - {"a"}, {"a": 1}.items() <= {"a": 1, "b": 2}.items(), list(reversed({"x": 1, "y": 2})))
from contextlib import ExitStack, contextmanager
@contextmanager
def tag(name):
    print(f"<{name}>"); yield name; print(f"</{name}>")
with tag("a") as ta, tag("b") as tb:
    print("body", ta, tb)
with ExitStack() as st:
    for n in "xy": st.enter_context(tag(n))
    st.callback(print, "callback ran")
def g():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
gen = g(); print(next(gen), gen.throw(ValueError("boom")))
print(str(3.0), str(-0.0), str(1e16), str(1.5e-5), repr(0.1 + 0.7), 1e300 * 1e10, -(1e300 * 1e10), float("-nan"), 3 % 0.7, -3 % 0.7)
