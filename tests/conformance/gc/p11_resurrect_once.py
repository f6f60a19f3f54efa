# P11: __del__ resurrects the object; it runs only once, and the object is collected later.
import gc

gc.collect()
saved = []


class R:
    def __del__(self):
        print('R.__del__ runs')
        saved.append(self)


r = R()
r.self = r
del r
print(gc.collect())
print(len(saved), gc.is_finalized(saved[0]))
saved.clear()
print(gc.collect())
print('done')
