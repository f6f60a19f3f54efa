# Cycles in an exception's __context__ chain: raising inside the handler terminates.
def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)


try:
    cycle()
except Exception as e:
    exc = e
print(type(exc).__name__, type(exc.__context__).__name__, exc.__context__.__context__ is exc.__context__)


def longer_cycle():
    a, b, c = ValueError("a"), KeyError("b"), IndexError("c")
    a.__context__ = b
    b.__context__ = c
    c.__context__ = b
    try:
        raise a
    except ValueError:
        raise RuntimeError("r")


try:
    longer_cycle()
except RuntimeError as e:
    ctx = e.__context__
    print(repr(ctx), repr(ctx.__context__), repr(ctx.__context__.__context__), repr(ctx.__context__.__context__.__context__))


def reentering():
    x = ValueError("x")
    y = KeyError("y")
    y.__context__ = x
    try:
        raise y
    except KeyError:
        try:
            raise x
        except ValueError as e:
            return e


e = reentering()
print(repr(e), repr(e.__context__), e.__context__.__context__)

# An uncaught exception whose chain is a cycle prints each exception once.
a, b = ValueError("a"), KeyError("b")
a.__context__ = b
b.__context__ = a
raise a
