a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4, 5}, a.isdisjoint({9}), {3} < b, b.issuperset({5}))
a.add(10)
a.discard(1)
a.remove(2)
print(sorted(a), len(a), 10 in a)
try:
    a.remove(99)
except KeyError as e:
    print('KeyError:', e)
fs = frozenset([1, 2, 2])
print(sorted(fs), fs == {1, 2}, hash(fs) == hash(frozenset({2, 1})))
print(sorted(set('mississippi')), set(), {x % 3 for x in range(10)})
s = {5}
print(s.pop(), s)
