# set_threshold/get_threshold games, argument errors, and get_count deltas.
import gc
print(gc.get_threshold())
old = gc.get_threshold()
gc.set_threshold(5)
print(gc.get_threshold())
gc.set_threshold(100, 2)
print(gc.get_threshold())
gc.set_threshold(50, 3, 4)
print(gc.get_threshold())
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    gc.set_threshold("a")
except TypeError as e:
    print("TypeError:", e)
gc.set_threshold(0)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold())
gc.collect()
c0 = gc.get_count()
print(c0)
lst = [[] for _ in range(10)]
c1 = gc.get_count()
print(c1[0] - c0[0])
del lst
c2 = gc.get_count()
print(c2[0] - c0[0])
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.collect(-1)
except ValueError as e:
    print("ValueError:", e)
print(gc.collect(generation=0))
try:
    gc.get_objects(5)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.get_objects(-2)
except ValueError as e:
    print("ValueError:", e)
print(len(gc.get_objects(generation=None)) > 0)
