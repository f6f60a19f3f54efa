# Resurrection from __del__ after a refcount drop; __del__ is not called again.
import gc

saved = []


class Phoenix:
    def __del__(self):
        print('__del__ called')
        saved.append(self)


p = Phoenix()
del p
print(len(saved), gc.is_finalized(saved[0]))
saved.clear()
print('cleared, no second __del__')
