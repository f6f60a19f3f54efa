from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Circle:
    center: Point
    r: float

@dataclass
class Rect:
    tl: Point
    br: Point

def describe(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=Point(x=x, y=y), r=r) if r > 10:
            return f"big circle at ({x},{y})"
        case Circle():
            return "small circle"
        case Rect(Point(x1, y1), Point(x2, y2)) if x2 - x1 == y2 - y1:
            return f"square side {x2 - x1}"
        case Rect(tl=tl, br=br):
            return f"rect {tl} -> {br}"
        case [Point() as a, Point() as b, *rest]:
            return f"polyline starting {a},{b} + {len(rest)} more"
        case {"type": "circle", "r": r, **extra}:
            return f"dict circle r={r} extra={extra}"
        case {"type": str(t)}:
            return f"dict of type {t}"
        case str() | bytes() as s:
            return f"text {s!r}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case 0 | 0.0:
            return "zero"
        case (1, 2) | [3, 4]:
            return "special pair"
        case (a, b):
            return f"pair {a} {b}"
        case None:
            return "nothing"
        case True:
            return "true!"
        case _:
            return f"unknown {type(shape).__name__}"

shapes = [
    Circle(Point(0, 0), 5), Circle(Point(1, 2), 20), Circle(Point(1, 1), 1),
    Rect(Point(0, 0), Point(3, 3)), Rect(Point(0, 0), Point(2, 5)),
    [Point(0, 0), Point(1, 1), Point(2, 2), Point(3, 3)],
    {"type": "circle", "r": 2, "color": "red"}, {"type": "hex"}, {"type": 5},
    "hello", b"bytes", -3, -2.5, 0, 0.0, (1, 2), [3, 4], (5, 6), [7, 8, 9], None, True, 1, 3.5, {1, 2},
]
for s in shapes:
    print(describe(s))

def command(line):
    match line.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "can't go that way"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case [verb, *_]:
            return f"don't know how to {verb}"

for line in ["go north", "go up", "take lamp key", "take", "quit", "", "dance wildly"]:
    print(repr(line), "->", command(line))

class Temp:
    __match_args__ = ("deg", "unit")
    def __init__(self, deg, unit="C"):
        self.deg = deg
        self.unit = unit

for t in [Temp(100), Temp(32, "F"), Temp(-5)]:
    match t:
        case Temp(d, "C") if d >= 100:
            print("boiling")
        case Temp(d, unit="F"):
            print("fahrenheit", d)
        case Temp(deg=d):
            print("celsius", d)

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
import collections
match collections.OrderedDict(x=1):
    case {"x": v}:
        print("ordered", v)
match range(3):
    case [0, *mid, 2]:
        print("range", mid)
match "abc":
    case [*chars]:
        print("never")
    case _:
        print("str is not a sequence pattern")
