# A bound method called from the VM (a `with` statement's __exit__, a key function, map)
# runs its function with self and the arguments straight: the same results, errors,
# tracebacks and reference counts as a call through the method object.
import sys
import traceback


class Ctx:
    def __init__(self, suppress=False):
        self.suppress = suppress
        self.log = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append((exc_type.__name__ if exc_type else None, str(exc) if exc else None, tb is None))
        self.log.append(sys.getrefcount(self))
        return self.suppress


c = Ctx()
with c as v:
    pass
print(c.log, v is c)
s = Ctx(suppress=True)
with s:
    raise KeyError("suppressed")
print(s.log)
try:
    with Ctx() as q:
        raise ValueError("through")
except ValueError as e:
    print("propagated", e, q.log)


class BadExit:
    def __enter__(self):
        return 1

    def __exit__(self, t, v, tb):
        raise RuntimeError("from __exit__")


def run_bad():
    with BadExit():
        return "never seen"


try:
    run_bad()
except RuntimeError:
    traceback.print_exc(file=sys.stdout)


class WrongArity:
    def __enter__(self):
        return self

    def __exit__(self, t, v):
        return False


try:
    with WrongArity():
        pass
except TypeError as e:
    print("TypeError:", e)


class Defaults:
    def __enter__(self):
        return self

    def __exit__(self, *args, extra=1):
        print("varargs exit", args, extra)


with Defaults():
    pass


class Keyer:
    def __init__(self, sign):
        self.sign = sign

    def key(self, v):
        return self.sign * v

    def pair(self, a, b):
        return (a, b, sys.getrefcount(self) > 1)


k = Keyer(-1)
print(sorted([3, 1, 2], key=k.key), list(map(k.key, [1, 2])), list(map(k.pair, "ab", "cd")))
before = sys.getrefcount(k)
for _ in range(3):
    sorted([1, 2], key=k.key)
print(sys.getrefcount(k) - before)


class Sub(Keyer):
    def key(self, v):
        return ("sub", super().key(v))


print(sorted([2, 1], key=Sub(1).key))
print(max([1, 5, 3], key=Keyer(-1).key), min("abc", key=Keyer(1).pair.__self__.key.__func__.__get__(Keyer(1)) and (lambda ch: ord(ch))))
