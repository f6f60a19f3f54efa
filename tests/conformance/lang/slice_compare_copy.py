# Slices compare as (start, stop, step) tuples, are unhashable in 3.11, and copy and
# pickle as slice(start, stop, step).
import copy
import pickle

a = slice(1, 2, 3)
b = slice(1, 2, 3)
print(a == b, a != b, a is b, a == (1, 2, 3))
print(slice(1, 2) == slice(1, 2, None), slice(1, 2) < slice(1, 3), slice(2) > slice(1))
print(slice(1, 2, 3) <= slice(1, 2, 3), slice(1, 2, 3) >= slice(1, 2, 4))
print(sorted([slice(3, 1), slice(1, 5), slice(1, 2)]))
for x, y in ((slice(0), slice(None)), (slice(1, "a"), slice(1, 2)), (slice(1), 1)):
    try:
        print(x < y)
    except TypeError as exc:
        print("TypeError", exc)
try:
    hash(a)
except TypeError as exc:
    print("TypeError", exc)
print(copy.copy(a), copy.deepcopy(slice([1], [2])), a.__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    s = pickle.loads(pickle.dumps(slice(10, 20, 3), proto))
    print(proto, s, s == slice(10, 20, 3))
s = slice(None, None, -1)
print(s.indices(7), slice(1, 10, 2).indices(5), [0, 1, 2, 3][s])
print({slice(1, 2) == slice(1, 2): "eq"}, slice(1, 2, 3) in [slice(1, 2, 3)])
