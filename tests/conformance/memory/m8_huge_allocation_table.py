import sys
tests = [
    "[0] * 10**10", "'x' * 10**12", "b'x' * 10**12", "bytearray(10**12)", "[None] * (2**62)",
    "(1,) * 10**10", "'ab' * (2**62)", "[1, 2] * (2**62)", "bytes(10**12)", "list(range(10**10))",
    "'x'.ljust(10**12)", "'x'.center(10**11)", "b'x'.zfill(10**12)", "'%*d' % (10**12, 1)",
    "[0] * (sys.maxsize)", "'a' * sys.maxsize", "(0,) * sys.maxsize", 
    "' ' * (2**31) * (2**31)", "1 << (10**12)",
    "bytes(range(256)) * (10**11)", "'x'.expandtabs(10**12) + '\\t'", "('\\t' + 'x').expandtabs(10**11)",
    "[[]] * 10**10", 
]
for expr in tests:
    try:
        r = eval(expr)
        print(expr, "->", type(r).__name__, len(r) if hasattr(r, "__len__") and not isinstance(r, range) else "")
    except MemoryError as e:
        print(expr, "MemoryError", repr(e))
    except OverflowError as e:
        print(expr, "OverflowError", e)
    except ValueError as e:
        print(expr, "ValueError", e)
