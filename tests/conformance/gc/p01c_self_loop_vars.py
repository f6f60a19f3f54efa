# P1c: a self-referencing instance whose dict was materialised by vars().
import gc

gc.collect()


class N:
    pass


a = N()
a.self = a
vars(a)
del a
print(gc.collect())
