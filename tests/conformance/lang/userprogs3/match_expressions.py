from dataclasses import dataclass, field
from enum import Enum
from typing import Union

class Op(Enum):
    ADD = "+"
    SUB = "-"
    MUL = "*"
    DIV = "/"

@dataclass(frozen=True, slots=True)
class Num:
    value: float

@dataclass(frozen=True, slots=True)
class BinOp:
    op: Op
    left: "Expr"
    right: "Expr"

@dataclass(frozen=True, slots=True)
class Neg:
    operand: "Expr"

Expr = Union[Num, BinOp, Neg]

def evaluate(e):
    match e:
        case Num(value=v):
            return v
        case Neg(Num(0)):
            return 0
        case Neg(inner):
            return -evaluate(inner)
        case BinOp(Op.ADD, l, r):
            return evaluate(l) + evaluate(r)
        case BinOp(Op.SUB, l, r):
            return evaluate(l) - evaluate(r)
        case BinOp(Op.MUL, Num(0), _) | BinOp(Op.MUL, _, Num(0)):
            return 0
        case BinOp(Op.MUL, l, r):
            return evaluate(l) * evaluate(r)
        case BinOp(Op.DIV, l, r) if evaluate(r) == 0:
            raise ZeroDivisionError(f"division by zero in {show(e)}")
        case BinOp(Op.DIV, l, r):
            return evaluate(l) / evaluate(r)
        case _:
            raise TypeError(f"not an expression: {e!r}")

def show(e):
    match e:
        case Num(v) if v == int(v):
            return str(int(v))
        case Num(v):
            return str(v)
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, l, r):
            return f"({show(l)} {op.value} {show(r)})"

def command(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", *rest]:
            return f"can't go {' '.join(rest) or 'nowhere'}"
        case ["take", item, *others] if others:
            return f"take {item} and {len(others)} more"
        case ["take", item]:
            return f"take {item}"
        case [("quit" | "exit")]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"

def describe(obj):
    match obj:
        case None:
            return "none"
        case True | False as b:
            return f"bool {b}"
        case int(n) if n < 0:
            return "negative int"
        case int() | float() as n:
            return f"number {n}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str of {len(s)}"
        case {"type": "point", "x": x, "y": y, **rest}:
            return f"point {x},{y} extra={rest}"
        case {"type": t}:
            return f"mapping of type {t}"
        case (x, y):
            return f"pair {x} {y}"
        case [x, y, *rest] if rest:
            return f"seq starting {x},{y} +{len(rest)}"
        case {*_}:
            return "set?"
        case _:
            return f"other {type(obj).__name__}"

tree = BinOp(Op.ADD, Num(2), BinOp(Op.MUL, Num(3), Neg(Num(4.5))))
print(show(tree), "=", evaluate(tree))
print(evaluate(BinOp(Op.MUL, Num(0), tree)), evaluate(Neg(Num(0))), tree)
for e in [BinOp(Op.DIV, Num(1), BinOp(Op.SUB, Num(2), Num(2))), "oops"]:
    try:
        evaluate(e)
    except (ZeroDivisionError, TypeError) as exc:
        print(type(exc).__name__, exc)
try:
    tree.op = Op.SUB
except Exception as exc:
    print(type(exc).__name__, exc)
print(Num.__slots__, hasattr(Num(1), "__dict__"), Num(1) == Num(1.0), hash(Num(2)) == hash(Num(2)))
for c in ["", "go north", "go up the hill", "go", "take lamp", "take lamp key rope", "quit", "dance wildly"]:
    print(f"{c!r:22} -> {command(c)}")
for o in [None, True, -3, 7, 2.5, "", "abc", {"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle"}, (1, 2), [1, 2, 3, 4], [1, 2], {1}, object]:
    print(describe(o))
match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("no")
    case {"a": int() as a}:
        print("matched a", a)
point = (3, 4)
match point:
    case (0, 0):
        print("origin")
    case (x, 0) | (0, x):
        print("axis", x)
    case (x, y):
        print("at", x, y)
