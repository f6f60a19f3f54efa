# A cycle still referenced from a global is reachable and survives.
import gc

gc.collect()
a = []
b = [a]
a.append(b)
keeper = {'a': a}
del a, b
print(gc.collect())
print(len(keeper['a']), len(keeper['a'][0]))
keeper.clear()
print(gc.collect())
