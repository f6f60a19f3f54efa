# Comprehensions (list, set, dict, generator) and functions called by native code
# (sort keys, min/max keys, map) with simple and not-so-simple signatures.
import sys

xs = [5, 3, 8, 1]
print([x * 2 for x in xs], {x % 3 for x in xs}, {x: x * x for x in xs}, sum(x for x in xs))
print([(i, j) for i in range(3) for j in range(i)])

def key1(x):
    return -x

def key_default(x, scale=2):
    return x * scale

def key_star(*args):
    return args[0]

print(sorted(xs, key=key1), sorted(xs, key=key_default), sorted(xs, key=key_star))
print(sorted(xs, key=lambda v: (v % 2, v)), min(xs, key=key1), max(xs, key=lambda v: -v))
print(list(map(key1, xs)), list(map(lambda a, b: a + b, xs, xs)))

def key_raises(x):
    if x == 8:
        raise KeyError(x)
    return x

try:
    sorted(xs, key=key_raises)
except KeyError as e:
    print("KeyError", e)

def gen():
    yield 1

try:
    sorted(xs, key=gen)
except TypeError as e:
    print("TypeError", e)

# The refcount of the key function and of the items is what CPython's is after the calls.
k = key1
before = sys.getrefcount(k)
sorted(xs, key=k)
print(sys.getrefcount(k) - before)
item = object()
lst = [item]
r1 = sys.getrefcount(item)
[x for x in lst]
print(sys.getrefcount(item) - r1)
