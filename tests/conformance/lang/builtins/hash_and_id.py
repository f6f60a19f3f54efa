print(hash(1), hash(True), hash(-1) == hash(-2), hash(()) == hash(()), hash(2.0) == hash(2))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1})) == hash(frozenset([1])))
for unhashable in ([], {}, set()):
    try:
        hash(unhashable)
    except TypeError as e:
        print('TypeError:', e)


class H:
    pass


h = H()
print(hash(h) == hash(h), h == h, H() == H())
d = {h: 'value'}
print(d[h])
