import sys
for expr in ["[0] * 10**10", "'x' * 10**12", "b'x' * 10**12", "[0] * (2**62)", "(0,) * 10**10", "bytearray(10**12)", "'ab' * (2**62)", "[None] * sys.maxsize", "list(range(10**12))", "bytes(10**12)", "'x'.ljust(10**12)", "[[]] * 10**10", "'%*d' % (10**12, 1)", "'{:>1000000000000}'.format(1)", "'a'.center(10**12)", "b'a'.zfill(10**12)", "'x'.expandtabs(10**12) if False else '\\t'.expandtabs(10**12)", "range(10**20)[::2]", "bytes(range(256)) * 10**10", "array.array('d', [0]) * 10**12"]:
    try:
        import array
        r = eval(expr)
        print(expr, "ok", type(r).__name__)
    except (MemoryError, OverflowError, ValueError) as e:
        print(expr, type(e).__name__, e)
