# test_gc.test_del: __del__ while the threshold is 1 must not crash.
import gc

gc.collect()
thresholds = gc.get_threshold()
gc.enable()
gc.set_threshold(1)
runs = 0


class A:
    def __del__(self):
        global runs
        runs += 1
        dir(self)


a = A()
del a
gc.disable()
gc.set_threshold(*thresholds)
print(runs)
gc.enable()
