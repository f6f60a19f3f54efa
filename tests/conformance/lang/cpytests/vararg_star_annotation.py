# PEP 646: `*args: *Ts` is valid in 3.11; the annotation is the unpacked TypeVarTuple.
from typing import TypeVarTuple

Ts = TypeVarTuple("Ts")


def func1(*args: *Ts):
    pass


def func2(a: int, *args: *Ts, b: str = "x") -> None:
    pass


print(func1.__annotations__)
print(func2.__annotations__)

for src in ["def f(x: *Ts): pass", "def f(**kw: *Ts): pass", "x: *Ts = 1"]:
    try:
        compile(src, "<src>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
ns = {}
exec("from __future__ import annotations\nfrom typing import TypeVarTuple\nTs = TypeVarTuple('Ts')\n"
     "def f(*args: *Ts): pass\n", ns)
print(ns['f'].__annotations__)
