# After collecting a cycle of lists, new lists come from the freed memory.
import gc

gc.collect()
a = []
b = [a]
a.append(b)
ids = {id(a), id(b)}
del a, b
gc.collect()
fresh = [[] for _ in range(4)]
print(any(id(x) in ids for x in fresh))
