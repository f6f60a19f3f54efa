l = [1, 'two', 3.0, None, True, (4,), {'k': [5]}, {6}, frozenset(), b'7', range(3)]
print(l)
print(repr(l) == str(l))
a = [1]
a.append(a)
d = {'self': None}
d['self'] = d
print(a, d)
print([[]] * 2, {}, set(), dict(), (1, 2), ((1,),))
