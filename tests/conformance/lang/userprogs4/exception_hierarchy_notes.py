import sys, traceback

class AppError(Exception):
    """Base error."""
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code

class NotFound(AppError):
    pass

class Invalid(AppError, ValueError):
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

for exc in [NotFound("no user", 404), Invalid("bad age", 422), AppError("generic")]:
    try:
        raise exc
    except ValueError as e:
        print("as ValueError:", e, type(e).__mro__[1].__name__)
    except AppError as e:
        print("as AppError:", e, e.code, repr(e), e.args)

e = Invalid("x", 1)
print(isinstance(e, ValueError), Invalid.__mro__)
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
print("".join(traceback.format_exception_only(type(e), e)), end="")
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)

def risky(n):
    if n % 3 == 0:
        raise ValueError(f"bad {n}")
    if n % 3 == 1:
        raise TypeError(f"wrong {n}")
    return n

errors = []
for i in range(6):
    try:
        risky(i)
    except (ValueError, TypeError) as ex:
        errors.append(ex)
eg = ExceptionGroup("batch failed", errors)
print(repr(eg), str(eg), len(eg.exceptions))
vg, rest = eg.split(ValueError)
print("split:", [str(x) for x in vg.exceptions], [str(x) for x in rest.exceptions])
print("subgroup:", eg.subgroup(lambda x: "4" in str(x)))
print(eg.subgroup(KeyError))
try:
    raise eg
except* ValueError as g:
    print("except* ValueError:", [str(x) for x in g.exceptions])
except* TypeError as g:
    print("except* TypeError:", [str(x) for x in g.exceptions], type(g).__name__)
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [OSError("o")])])
    except* OSError:
        print("handled OSError part")
except* KeyError as g:
    print("remaining:", repr(g))
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt()])
except BaseExceptionGroup as g:
    print(type(g).__name__, repr(g.exceptions[0]))
try:
    ExceptionGroup("empty", [])
except ValueError as err:
    print("ValueError:", err)
try:
    ExceptionGroup("bad", [1])
except ValueError as err:
    print("ValueError:", err)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)

def parse_config(text):
    try:
        key, value = text.split("=")
    except ValueError as exc:
        raise AppError(f"cannot parse {text!r}") from exc
    return key.strip(), value.strip()

try:
    parse_config("novalue")
except AppError as exc:
    print("cause:", repr(exc.__cause__), "context:", repr(exc.__context__), exc.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as exc:
    print("context:", repr(exc.__context__), exc.__cause__, exc.__suppress_context__)

try:
    raise ValueError("v") from None
except ValueError as exc:
    print(exc.__cause__, exc.__suppress_context__)

def gen_errors():
    try:
        yield 1
    except Exception as exc:
        print("inside gen:", type(exc).__name__, sys.exc_info()[0].__name__)
        yield 2
g = gen_errors(); next(g)
print(g.throw(IndexError("idx")))
print(sys.exc_info())

try:
    raise KeyError("a\nb")
except KeyError as exc:
    print(str(exc), repr(exc))
print(str(KeyError()), str(KeyError(1, 2)), repr(OSError(2, "nf")), str(OSError(2, "nf", "f.txt")), OSError(2, "x").errno)
print(repr(StopIteration(5).value), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"))
try:
    b"\xff".decode()
except UnicodeDecodeError as exc:
    print(exc, exc.start, exc.reason)
try:
    "é".encode("ascii")
except UnicodeEncodeError as exc:
    print(exc)
print(repr(SyntaxError("msg", ("f.py", 1, 2, "x y", 1, 4))))
try:
    compile("x = (1,", "<input>", "exec")
except SyntaxError as exc:
    print("SyntaxError:", exc.msg, exc.lineno, exc.offset, exc.filename)
try:
    eval("1 +* 2")
except SyntaxError as exc:
    print("SyntaxError:", exc)
try:
    int.bad
except AttributeError as exc:
    print(exc, exc.name, exc.obj)
try:
    import nonexistent_mod
except ImportError as exc:
    print(type(exc).__name__, exc, exc.name)
try:
    from sys import nope
except ImportError as exc:
    print(exc)
class Cleanup:
    def __del__(self):
        print("cleanup during unwind")
def unwinding():
    c = Cleanup()
    raise LookupError("gone")
try:
    unwinding()
except LookupError as exc:
    print("caught", exc)
    tb = exc.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
del exc
