import traceback, sys

class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {super().__str__()}"

class ConfigError(AppError):
    pass

def load(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise ConfigError("missing port", code=7) from e

def parse(v):
    try:
        return int(v)
    except ValueError:
        raise AppError("bad value " + repr(v))

for cfg in ({}, {"port": 80}):
    try:
        print("port", load(cfg))
    except AppError as e:
        print(type(e).__name__, e, e.args, repr(e), e.code)
        print("cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)

try:
    parse("x1")
except AppError as e:
    print("ctx", type(e.__context__).__name__, e.__context__, e.__cause__)
    lines = traceback.format_exception(e)
    print("".join(lines).replace(__file__, "FILE"))

e = ValueError("bad")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as ex:
    print("TypeError:", ex)
print("".join(traceback.format_exception_only(e)), end="")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k") from None
except KeyError as k:
    print(repr(k), k.__suppress_context__, type(k.__context__).__name__)
    print("".join(traceback.format_exception(k)).replace(__file__, "FILE"))

def validate(items):
    errors = []
    for i, it in enumerate(items):
        try:
            if not isinstance(it, int):
                raise TypeError(f"item {i} is {type(it).__name__}")
            if it < 0:
                raise ValueError(f"item {i} negative")
        except Exception as ex:
            ex.add_note(f"while validating item {i}")
            errors.append(ex)
    if errors:
        raise ExceptionGroup("validation failed", errors)

try:
    validate([1, -2, "x", 3.0])
except* TypeError as eg:
    print("types:", [str(x) for x in eg.exceptions], [x.__notes__ for x in eg.exceptions])
except* ValueError as eg:
    print("values:", eg.exceptions, eg.message)

try:
    validate([-1, "a"])
except ExceptionGroup as eg:
    print(repr(eg))
    m, rest = eg.split(ValueError)
    print(repr(m), repr(rest))
    print(eg.subgroup(lambda x: isinstance(x, TypeError)))
    print(len(eg.exceptions), str(eg))
    traceback.print_exception(eg, file=sys.stdout)

class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("cleanup failed")

def work():
    with Resource():
        {"a": 1}["b"]
try:
    work()
except RuntimeError as r:
    print("context is", repr(r.__context__))
assert 1 + 1 == 2, "math broke"
try:
    assert isinstance(3, str), f"expected str, got {type(3).__name__}"
except AssertionError as a:
    print("AssertionError:", a, a.args)
validate([1, "two", -3])
