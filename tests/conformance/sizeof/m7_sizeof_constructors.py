import sys
import copy
sz = sys.getsizeof

def gen(n):
    for i in range(n):
        yield i

class NoLen:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))

class Hint:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
    def __length_hint__(self):
        return self.n

print(f"{'n':>3} {'range':>6} {'gen':>6} {'map':>6} {'hint':>6} {'list':>6} {'tuple':>6} {'comp':>6} {'loop':>6}")
for n in (0, 1, 2, 3, 4, 5, 8, 9, 10, 16, 17, 50, 100):
    base = list(range(n))
    loop = []
    for i in range(n):
        loop.append(i)
    print(f"{n:>3} {sz(list(range(n))):>6} {sz(list(gen(n))):>6} {sz(list(map(int, base))):>6} "
          f"{sz(list(Hint(n))):>6} {sz(list(base)):>6} {sz(list(tuple(base))):>6} "
          f"{sz([i for i in range(n)]):>6} {sz(loop):>6}")
print("sets")
for n in (0, 1, 4, 5, 8, 18, 19, 50):
    base = list(range(n))
    print(n, sz(set(base)), sz(set(gen(n))), sz(set(range(n))), sz({i for i in range(n)}), sz(frozenset(base)),
          sz(set(set(base))), sz(copy.copy(set(base))))
print("dicts")
for n in (0, 1, 5, 6, 10, 11, 21, 22, 43, 44):
    pairs = [(i, i) for i in range(n)]
    d = dict(pairs)
    loop = {}
    for k, v in pairs:
        loop[k] = v
    print(n, sz(d), sz(loop), sz({k: v for k, v in pairs}), sz(dict(zip(range(n), range(n)))),
          sz(dict.fromkeys(range(n))), sz(d.copy()), sz(copy.copy(d)), sz(copy.deepcopy(d)), sz(dict(d)),
          sz(dict(**{str(k): v for k, v in pairs})))
print("tuples")
for n in (0, 1, 3, 10):
    print(n, sz(tuple(range(n))), sz(tuple(gen(n))), sz(tuple(NoLen(n))))
print("lists from NoLen")
for n in (0, 1, 5, 9, 20):
    print(n, sz(list(NoLen(n))), sz([*NoLen(n)]), sz(sorted(NoLen(n))))
print("copies of grown list")
g = []
for i in range(17):
    g.append(i)
print(sz(g), sz(copy.copy(g)), sz(copy.deepcopy(g)), sz(g[:]), sz(g.copy()), sz(list(g)), sz(g * 1), sz(g + []))
