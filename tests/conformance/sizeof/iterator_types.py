# Iterator types and their sizes: list, dict (keys, values, items, reversed), str, set, range, callable.
import sys, itertools
d = {1: 2}
objs = [reversed([]), reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items()), iter(d), iter(d.values()), iter(d.items()), iter(()), iter(""), iter(b""), iter(set()), iter(range(3)), iter(bytearray()), enumerate([]), zip([], []), map(abs, []), filter(None, []), reversed(range(3)), iter(lambda: 1, 2), iter([]), reversed("")]
for o in objs:
    print(type(o).__name__, sys.getsizeof(o))
