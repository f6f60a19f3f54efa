# Constant tuples are tracked when the program starts; one collection untracks them, nested ones included.
import gc
gc.collect()
v = ((1, 2), (3, 4))
print(gc.is_tracked(v), gc.is_tracked(v[0]), gc.is_tracked(v[1]))
gc.collect()
print(gc.is_tracked(v), gc.is_tracked(v[0]), gc.is_tracked(v[1]))
