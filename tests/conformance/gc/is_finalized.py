import gc

gc.collect()
keep = []


class L:
    def __del__(self):
        keep.append(self)


x = L()
print(gc.is_finalized(x))
x.me = x
del x
gc.collect()
print(gc.is_finalized(keep[0]))
print(gc.is_finalized(3), gc.is_finalized([]))
