# In 3.4+ cycles with __del__ are collected; gc.garbage stays empty.
import gc

gc.collect()


class F:
    def __del__(self):
        pass


for i in range(10):
    f = F()
    f.me = f
del f
print(gc.collect(), gc.garbage)
