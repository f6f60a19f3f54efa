# A threshold of 0 turns automatic collection off while gc stays "enabled".
import gc

gc.collect()
runs = []
gc.callbacks.append(lambda phase, info: runs.append(phase))
gc.set_threshold(0)
print(gc.isenabled())


class C:
    pass


keep = [C() for _ in range(2000)]
print(gc.get_count()[0] > 2000)
print(runs)
gc.set_threshold(700, 10, 10)
