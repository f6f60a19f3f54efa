# P5: an instance and a list referring to each other.
import gc

gc.collect()


class M:
    pass


m = M()
m.l = [m]
del m
print(gc.collect())
