# Tuples are untracked lazily by a collection when they hold only untracked things.
import gc

gc.collect()
t = (1, 2)
u = (1, [])
v = ((1, 2), (3, 4))
w = ('a', None, 2.5)
print(gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(v), gc.is_tracked(w))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(v), gc.is_tracked(w))
u[1].append(1)
print(gc.is_tracked(u))
