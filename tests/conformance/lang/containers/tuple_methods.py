t = (1, 2, 3, 2)
print(t.count(2), t.index(3), len(t), t + (4,), t * 2, 2 in t)
print((1,), (), tuple('ab'), tuple([1, [2]]))
try:
    t[0] = 9
except TypeError as e:
    print('TypeError:', e)
print(hash((1, 2)) == hash((1, 2)), max(t), sorted(t))
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested], dict(nested))
