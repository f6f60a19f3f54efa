# Raising and catching exceptions: the count moves by the exception, traceback and frame.
import gc

gc.collect()
gc.disable()


class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


def fail(n):
    raise AppError('bad %s' % n, n)


def attempt(n):
    try:
        fail(n)
    except AppError as e:
        return e.code
    return None


c = gc.get_count()[0]
codes = [attempt(i) for i in range(5)]
print(codes, gc.get_count()[0] - c)
c = gc.get_count()[0]
try:
    {}['missing']
except KeyError as e:
    print('KeyError', e)
print(gc.get_count()[0] - c)
c = gc.get_count()[0]
try:
    int('nope')
except ValueError:
    pass
print(gc.get_count()[0] - c)
