# P18: a resurrecting object does not stop the others being collected.
import gc

gc.collect()
zs = []


class A:
    pass


class Z:
    def __del__(self):
        zs.append(self)


for _ in range(100):
    a = A()
    a.me = a
z = Z()
z.me = z
del a, z
before = gc.get_stats()[2]['collected']
print(gc.collect())
print(gc.get_stats()[2]['collected'] - before)
z = Z()
z.me = z
del z
print(gc.collect())
zs.clear()
print(gc.collect())
