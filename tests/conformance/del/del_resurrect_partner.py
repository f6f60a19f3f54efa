# One member of a cycle resurrects itself; the whole cycle survives with it.
import gc

gc.collect()
rescued = None


class Keeper:
    def __del__(self):
        global rescued
        print('Keeper.__del__')
        rescued = self


class Other:
    def __del__(self):
        print('Other.__del__')


k, o = Keeper(), Other()
k.o, o.k = o, k
del k, o
print(gc.collect())
print(type(rescued.o).__name__, rescued.o.k is rescued)
rescued = None
print(gc.collect())
