# gc.get_referrers() does not list the tuple of its own arguments (gc_referrers_for skips
# `objs`), also when the call passes an existing tuple with *; a suspended generator that
# holds the object is listed.
import gc


class Thing:
    pass


t = Thing()
print([type(r).__name__ for r in gc.get_referrers(t)])
pair = (t,)
print(sorted(type(r).__name__ for r in gc.get_referrers(*pair)))
print(sorted(type(r).__name__ for r in gc.get_referrers(t, t)))


def hold(x):
    yield x


g = hold(t)
print(sorted(type(r).__name__ for r in gc.get_referrers(t)))
next(g)
print(sorted(type(r).__name__ for r in gc.get_referrers(t)))
g.close()
print(sorted(type(r).__name__ for r in gc.get_referrers(t)))
