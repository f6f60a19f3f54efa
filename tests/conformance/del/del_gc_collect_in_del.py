# gc.collect() called from a __del__ triggered by refcount (not inside a collection) works.
import gc

gc.collect()


class Trigger:
    def __del__(self):
        print('collect from __del__:', gc.collect())


junk = []
junk.append(junk)
del junk
t = Trigger()
del t
