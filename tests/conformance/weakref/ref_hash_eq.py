import weakref


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return self.v == other.v


a = Key(1)
b = Key(1)
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb, hash(ra) == hash(rb))
del a
print(ra == rb)
try:
    hash(weakref.ref(Key(2)))
except TypeError as e:
    print('TypeError:', e)
