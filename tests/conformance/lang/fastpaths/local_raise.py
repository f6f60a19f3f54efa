# `raise` directly inside a `try` body reaches the function's own `except` clauses without
# a JS throw: every outcome must be what a raised-and-caught exception gives.
import gc
import sys
import traceback


class MyError(ValueError):
    def __init__(self, *args):
        super().__init__(*args)
        print("MyError.__init__", args)


def simple(n):
    c = 0
    for i in range(n):
        try:
            if i % 2:
                raise MyError(i)
            raise KeyError("k%d" % i)
        except MyError as e:
            c += e.args[0]
        except KeyError as e:
            c -= 1
            print("key", e, type(e).__name__, e.__traceback__.tb_lineno)
    return c


print(simple(4))


def unmatched():
    try:
        raise TypeError("not caught here")
    except ValueError:
        print("never")


try:
    unmatched()
except TypeError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in tb])


def with_else_finally(flag):
    out = []
    try:
        out.append("body")
        if flag:
            raise RuntimeError("flag")
        out.append("after")
    except RuntimeError as e:
        out.append("handler " + str(e))
        out.append(sys.exc_info()[0].__name__)
    else:
        out.append("else")
    finally:
        out.append("finally")
    out.append(sys.exc_info()[0])
    return out


print(with_else_finally(True))
print(with_else_finally(False))


def raise_from():
    try:
        raise LookupError("outer") from OSError("cause")
    except LookupError as e:
        return (repr(e.__cause__), e.__suppress_context__, repr(e.__context__))


print(raise_from())


def context_chain():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise KeyError("second")
        except KeyError as e:
            return repr(e.__context__)


print(context_chain())


def bare_reraise():
    try:
        raise ValueError("inner")
    except ValueError:
        try:
            raise
        except ValueError as e:
            return "re-raised " + str(e)


print(bare_reraise())


def no_active():
    try:
        raise
    except RuntimeError as e:
        return str(e)


print(no_active())


def not_an_exception():
    try:
        raise 42
    except TypeError as e:
        return str(e)


print(not_an_exception())


def class_not_instance():
    try:
        raise MyError
    except MyError as e:
        return repr(e)


print(class_not_instance())


def in_nested_loops(items):
    found = None
    try:
        for a in items:
            for b in items:
                if a * b == 6:
                    found = (a, b)
                    raise StopIteration
    except StopIteration:
        pass
    return found


data = [1, 2, 3, 4]
before = sys.getrefcount(data)
print(in_nested_loops(data), sys.getrefcount(data) - before)
it_list = [1, 2, 3]
print(sys.getrefcount(it_list))


def inside_with():
    class Ctx:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            print("exit", exc[0].__name__ if exc[0] else None)
            return False

    try:
        with Ctx():
            raise IndexError("in with")
    except IndexError as e:
        return str(e)


print(inside_with())


def inside_inner_finally():
    log = []
    try:
        try:
            raise ValueError("x")
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("caught")
    return log


print(inside_inner_finally())


def gen():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield "caught %s" % e


print(list(gen()))


def exc_var_cleared():
    try:
        raise ValueError("v")
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return str(u)


print(exc_var_cleared())


def refcounts():
    exc = ValueError("kept")
    before = sys.getrefcount(exc)
    for _ in range(3):
        try:
            raise exc
        except ValueError:
            pass
    exc.__traceback__ = None
    return sys.getrefcount(exc) - before


print(refcounts())


def uncaught_traceback():
    try:
        x = 1
        raise ZeroDivisionError("shown")
    except KeyError:
        pass


gc.collect()
print(gc.get_count())
for _ in range(100):
    try:
        raise ValueError
    except ValueError:
        pass
print(gc.get_count())
a = object()
ida = id(a)
del a
try:
    raise ValueError(1)
except ValueError:
    pass
b = object()
print(id(b) == ida)
uncaught_traceback()
