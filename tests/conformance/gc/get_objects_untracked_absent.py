# Untracked objects are not reported by get_objects.
import gc

gc.collect()
d = {'a': 1}
t = (1, 2)
l = [d, t]
objs = gc.get_objects()
print(any(o is l for o in objs), any(o is d for o in objs), any(o is t for o in objs))
del objs
gc.collect()
objs = gc.get_objects()
print(any(o is t for o in objs))
