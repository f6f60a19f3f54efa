# list.sort's pre-sort check (CPython 3.11): which `<` the sort uses decides what Python code
# sees. Tuples are compared item by item (== first, identity short-cutting it, then `<` on
# the first differing pair); keys all of one class have that class's __lt__ called directly,
# so a __lt__ answering NotImplemented runs twice before the reflected __gt__.


class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print('  eq', self.v, other.v)
        return self.v == other.v

    def __lt__(self, other):
        print('  lt', self.v, other.v)
        return self.v < other.v

    def __repr__(self):
        return f'V{self.v}'


print('tuples of instances')
print(sorted([(V(2), V(1)), (V(1), V(5)), (V(2), V(0)), (V(1), V(5))]))
print('shared items: identity answers ==')
a, b, c = V(1), V(2), V(3)
print(sorted([(a, c), (a, b), (b, a), (a, b)]))
print('tuples of different lengths')
print(sorted([(V(1), V(2)), (V(1),), (V(0), V(9), V(9)), (V(1), V(2), V(0))]))
print('an empty tuple among them')
print(sorted([(V(2),), (), (V(1),)]))
print('a non-tuple among them')
try:
    sorted([(V(2),), (V(1),), 5])
except TypeError as e:
    print('TypeError', e)
print('tuples of tuples')
print(sorted([((V(2),), 1), ((V(1),), 2), ((V(1),), 0)]))
print('first items of mixed types')
print(sorted([(1, V(3)), (1.0, V(2)), (0, V(7)), (True, V(1))]))
print('key function making tuples')
print(sorted([V(3), V(1), V(2)], key=lambda x: (x.v % 2, x)))


class N:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print('  N.lt', self.v, other.v)
        return NotImplemented

    def __gt__(self, other):
        print('  N.gt', self.v, other.v)
        return self.v > other.v

    def __repr__(self):
        return f'N{self.v}'


class O:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print('  O.lt', self.v, other.v)
        return NotImplemented

    def __gt__(self, other):
        print('  O.gt', self.v, other.v)
        return self.v > other.v

    def __repr__(self):
        return f'O{self.v}'


print('NotImplemented from __lt__, one class')
print(sorted([N(3), N(1), N(2)]))
print('... in tuples')
print(sorted([(N(3),), (N(1),), (N(2),)]))
print('... two classes')
print(sorted([N(3), O(1), N(2), O(0)]))
print('... only the reflected method')


class G:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        print('  G.gt', self.v, other.v)
        return self.v > other.v

    def __repr__(self):
        return f'G{self.v}'


print(sorted([G(2), G(3), G(1)]))


class LoudInt(int):
    def __lt__(self, other):
        print('  LoudInt.lt', int(self), int(other))
        return int(self) < int(other)


class LoudStr(str):
    def __lt__(self, other):
        print('  LoudStr.lt', str(self), str(other))
        return str.__lt__(self, other)


print('subclasses of int and str')
print(sorted([LoudInt(3), LoudInt(1), LoudInt(2)]))
print(sorted([LoudStr('b'), LoudStr('c'), LoudStr('a')]))
print(sorted([LoudInt(3), 1, LoudInt(2)]))

print('built-in keys')
big = 10**20
print(sorted([3, big, -big, 0, 2**30, -(2**30), 2**30 - 1, 1 << 60, -1]))
print(sorted([3, True, 2.5, False, -1, 0.0, -0.0, 0]))
print(sorted(['b', 'a', 'é', 'ab', '', 'ä', 'a\x00', 'z']))
print(sorted(['b', '€', 'a', '𝄞', 'ﬀ', 'aa', '\uffff', '\U00010000']))
print(sorted([2.0, float('nan'), 1.0, float('inf'), -float('inf'), 0.5]))
print(sorted([0.0, -0.0, 0.0, -0.0], key=lambda x: x))
print([str(x) for x in sorted([0.0, -0.0, 0.0, -0.0])])
print(sorted([(1, 'b'), (1, 'a'), (0, 'z'), (1, 'a', 0)]))
print(sorted([('b', 2), ('a', 3), ('b', 1), ('é', 0), ('a', 3.5)]))
print(sorted([(2.5, 1), (1.5, 2), (2.5, 0)]))
print(sorted([[2, 1], [1, 5], [2], [1, 4, 0]]))
print(sorted({'pear': 1, 'apple': 2, 'fig': 3}.items()))
print(sorted([3, 1, 2], key=lambda x: -x), sorted(['aa', 'b', 'ccc'], key=len, reverse=True))

print('errors in the middle')
for data in ([3, 1, 'a', 2], [(1, 2), (1, 'x'), (0, 1)], [1.5, None, 0.5], [b'b', 'a']):
    try:
        data.sort()
    except TypeError as e:
        print('TypeError', e, data)


class Meddler:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __lt__(self, other):
        print('  sees', self.target)
        self.target.append(self.v)
        return self.v < other.v

    def __repr__(self):
        return f'M{self.v}'


print('a comparison that changes the list')
data = []
data.extend([Meddler(2, data), Meddler(1, data), Meddler(3, data)])
try:
    data.sort()
except ValueError as e:
    print('ValueError', e, data)
