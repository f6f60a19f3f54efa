# P15: weakref.finalize runs before anything else in the collection.
import gc
import weakref

gc.collect()


class F:
    def __del__(self):
        print('F.__del__')


f = F()
f.me = f
weakref.finalize(f, print, 'x')
del f
print(gc.collect())
