# With threshold 10, a collection of generation 0 happens after a few allocations.
import gc

gc.collect()
gens = []
gc.callbacks.append(lambda phase, info: phase == 'start' and gens.append(info['generation']))
gc.set_threshold(10, 2, 2)


class C:
    pass


keep = [C() for _ in range(200)]
gc.set_threshold(700, 10, 10)
gc.callbacks.clear()
print(len(gens) > 5)
print(sorted(set(gens)))
