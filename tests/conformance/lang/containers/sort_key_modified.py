# list.sort with a key: keys once, in order, the list empty meanwhile ("list modified during sort"), stability, reverse, errors.
l = [3,1,2]
def key(x):
    l.append(0); return x
try:
    l.sort(key=key)
except ValueError as e: print(e)
print(len(l), l)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
l2 = [(1, 'b'), (0, 'a'), (1, 'a')]
l2.sort(key=lambda t: t[0]); print(l2)
l2.sort(key=lambda t: t[0], reverse=True); print(l2)
def bad(x):
    if x == 2: raise KeyError('k')
    return x
l3 = [3, 2, 1]
try: l3.sort(key=bad)
except KeyError as e: print('KeyError', e, l3)
class P:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        return self.v < o.v
ps = [P(2), P(1), P(3)]
ps.sort(); print([p.v for p in ps])
print(sorted([P(5), P(4)], key=lambda p: p.v)[0].v)
try: [1, 'a'].sort()
except TypeError as e: print(e)
