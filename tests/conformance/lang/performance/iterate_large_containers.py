# Iterating big containers must take time linear in their size (each step O(1)).
xs = list(range(300000))
t = 0
for x in xs:
    t += x
print(t)
ts = tuple(xs)
print(sum(1 for _ in ts), max(ts), ts[-1])
d = {str(i): i for i in range(100000)}
s = 0
for k in d:
    s += d[k]
for k, v in d.items():
    s -= v
print(s, len(d))
st = set(xs)
print(len(st), sum(st) == t)
# A list that grows while it is iterated sees the new items, as in CPython.
grow = [1, 2, 3]
for v in grow:
    if len(grow) < 6:
        grow.append(v * 10)
print(grow)
