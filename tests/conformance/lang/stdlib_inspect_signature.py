# inspect.signature / Signature / Parameter / BoundArguments, the way users print and bind them.
import functools
import inspect
from inspect import Parameter, Signature


def plain(a, b=2, *args, c, d=3, **kw):
    pass


def annotated(x: int, y: str = "hi", *, z: list = None) -> bool:
    return True


def posonly(a, b, /, c, *, d):
    pass


def only_slash(a, b=1, /):
    pass


def generic(xs: list[int], m: dict[str, float]) -> "str":
    pass


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def move(self, dx, dy=0):
        pass

    @classmethod
    def make(cls, s):
        pass

    @staticmethod
    def helper(n, *rest):
        pass

    def __call__(self, q, *, flag=False):
        pass


class Empty:
    pass


class WithNew:
    def __new__(cls, value, extra=None):
        return super().__new__(cls)


for f in (plain, annotated, posonly, only_slash, generic, lambda: 0, lambda *a, **k: 0,
          Point, Point.move, Point(1).move, Point.make, Point.helper, Point(1), Empty, WithNew):
    sig = inspect.signature(f)
    print(sig, repr(sig))

sig = inspect.signature(plain)
for name, p in sig.parameters.items():
    print(name, p.kind, repr(p.kind), p.kind.description, p.default is Parameter.empty, repr(p))
print(sig.return_annotation is Signature.empty, Signature.empty, Parameter.empty)
print(inspect.signature(annotated).return_annotation)
print(inspect.signature(annotated).parameters["x"].annotation)
print(list(inspect.signature(annotated).parameters))
print(type(sig.parameters).__name__)

# bind and bind_partial
ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba = sig.bind(1, c=5)
print(ba)
ba.apply_defaults()
print(ba)
print(inspect.signature(posonly).bind(1, 2, 3, d=4))
print(sig.bind_partial(c=1))
for args, kwargs in [((), {}), ((1, 2), {"b": 3, "c": 1}), ((1,), {"c": 1, "zz": 2}),
                     ((1, 2, 3), {})]:
    try:
        print(inspect.signature(annotated).bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)
try:
    inspect.signature(posonly).bind(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError", e)
try:
    inspect.signature(posonly).bind(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    inspect.signature(lambda a: 0).bind(1, a=2)
except TypeError as e:
    print("TypeError", e)

# Building signatures by hand
params = [Parameter("a", Parameter.POSITIONAL_ONLY),
          Parameter("b", Parameter.POSITIONAL_OR_KEYWORD, default=10),
          Parameter("opts", Parameter.VAR_KEYWORD)]
s2 = Signature(params, return_annotation=int)
print(s2, s2 == Signature(params, return_annotation=int), s2 == sig)
print(s2.replace(return_annotation=Signature.empty))
print(Parameter("x", Parameter.KEYWORD_ONLY, default=None, annotation=float))
print(Parameter("x", Parameter.KEYWORD_ONLY).replace(name="y", default=5))
for bad in [lambda: Parameter("1x", Parameter.POSITIONAL_ONLY),
            lambda: Parameter("a", Parameter.VAR_POSITIONAL, default=1),
            lambda: Parameter(3, Parameter.POSITIONAL_ONLY),
            lambda: Parameter("a", 9),
            lambda: Signature([Parameter("a", Parameter.KEYWORD_ONLY), Parameter("b", Parameter.POSITIONAL_ONLY)]),
            lambda: Signature([Parameter("a", Parameter.POSITIONAL_ONLY, default=1), Parameter("b", Parameter.POSITIONAL_ONLY)]),
            lambda: Signature([Parameter("a", Parameter.POSITIONAL_ONLY), Parameter("a", Parameter.KEYWORD_ONLY)]),
            lambda: inspect.signature(3),
            lambda: Signature.from_callable("text")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# functools.partial and wraps
def three(a, b, c=3):
    pass


print(inspect.signature(functools.partial(three, 1)))
print(inspect.signature(functools.partial(three, b=5)))
print(inspect.signature(functools.partial(plain, 1, 2, 3)))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(p, q=1):
    pass


print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
print(inspect.unwrap(wrapped) is wrapped.__wrapped__)
print(inspect.signature(len), inspect.signature(sorted), inspect.signature(isinstance))
print(hash(sig) == hash(inspect.signature(plain)))
print(inspect.getfullargspec(plain))
print(inspect.getfullargspec(annotated))
print(inspect.getfullargspec(Point.move))
