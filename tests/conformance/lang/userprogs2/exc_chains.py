import sys, traceback

class AppError(Exception):
    """Base."""
class ConfigError(AppError):
    def __init__(self, key, msg="bad config"):
        super().__init__(f"{msg}: {key}")
        self.key = key
class NetworkError(AppError):
    pass
class RetryError(NetworkError):
    def __str__(self):
        return f"retry failed after {self.args[0]} attempts"

def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(key) from e

def connect(n):
    for i in range(n):
        try:
            raise NetworkError(f"attempt {i}")
        except NetworkError:
            if i == n - 1:
                raise RetryError(n)

for fn, args in [(load, ({}, "port")), (connect, (3,))]:
    try:
        fn(*args)
    except AppError as e:
        print(type(e).__name__, e, repr(e), e.args)
        print("  cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("converted") from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

def f():
    try:
        return "try"
    finally:
        print("finally runs")
def g():
    try:
        raise RuntimeError("lost")
    finally:
        return "finally wins"
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("cleanup", i)
    return i
print(f(), g(), h())

def counter():
    n = 0
    try:
        while True:
            n += 1
            yield n
    finally:
        print("gen closed at", n)
gen = counter()
next(gen); next(gen)
gen.close()
try:
    gen.throw(ValueError("into gen"))
except ValueError as e:
    print("throw after close:", e)

err = None
try:
    int("12a")
except ValueError as e:
    err = e
print(type(err).__name__, err, err.__traceback__ is not None)
e2 = ValueError("x")
e2.add_note("note 1")
e2.add_note("note 2")
print(e2.__notes__)
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [KeyError("k")])])
except* ValueError as eg:
    print("values:", eg.exceptions)
except* (TypeError, KeyError) as eg:
    print("others:", repr(eg), [type(x).__name__ for x in eg.exceptions])
eg = ExceptionGroup("g", [ValueError(1), ValueError(2), TypeError(3)])
match, rest = eg.split(ValueError)
print(match, rest, eg.subgroup(lambda e: isinstance(e, TypeError)))
print(repr(BaseExceptionGroup("b", [KeyboardInterrupt()])), type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    raise ExceptionGroup("bad", [])
except ValueError as e:
    print(e)
print(issubclass(RetryError, Exception), RetryError.__mro__[1:3], AppError.__doc__)
try:
    [][5]
except LookupError as e:
    print(type(e).__name__, e)
try:
    {}["k"]
except LookupError as e:
    print(type(e).__name__, e, e.args)
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(e, str(e), repr(e))
print(str(KeyError()), str(KeyError("x")), str(OSError(2, "No such file")), repr(OSError(2, "nsf")), OSError(2, "x").errno)
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value, e.args)
try:
    exec("def f(:\n pass")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
print(sys.exc_info())
try:
    raise TypeError("in handler")
except TypeError:
    print(sys.exc_info()[0].__name__, type(sys.exception()).__name__ if hasattr(sys, "exception") else "")
print("traceback format:")
try:
    load({}, "host")
except ConfigError:
    lines = traceback.format_exc().splitlines()
    print(lines[0], lines[-1], len(lines) > 4)

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return et is KeyError
with Resource("a") as a, Resource("b") as b:
    raise KeyError("suppressed")
print("after with")

def level3(items):
    return [1 / x for x in items]
def level2(items):
    return sum(level3(items))
def level1():
    data = {"xs": [1, 2, 0]}
    try:
        return level2(data["xs"])
    except ZeroDivisionError as exc:
        raise RuntimeError("level1 failed") from exc
level1()
