import operator as o

print(o.add(1, 2), o.sub(5, 3), o.mul(3, 4), o.truediv(7, 2), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 10))
print(o.neg(5), o.pos(-5), o.abs(-3), o.invert(5), o.inv(0), o.not_(0), o.not_([1]), o.truth(''), o.truth('x'))
print(o.and_(12, 10), o.or_(12, 10), o.xor(12, 10), o.lshift(1, 10), o.rshift(1024, 3), o.add('a', 'b'), o.mul([0], 3))
print(o.eq(1, 1), o.ne(1, 2), o.lt(1, 2), o.le(2, 2), o.gt(1, 2), o.ge(3, 2), o.lt('a', 'b'), o.eq([1], [1]))
print(o.is_(None, None), o.is_not(1, None), o.index(7), o.index(True), o.contains([1, 2], 2), o.contains('abc', 'd'))
print(o.__add__(1, 2), o.__lt__(1, 2), o.__getitem__([5, 6], 1), o.__not__(1), o.__index__(3))
d = {'a': 1}
o.setitem(d, 'b', 2)
print(d, o.getitem(d, 'a'), o.getitem([1, 2, 3], slice(1, None)))
o.delitem(d, 'a')
print(d, o.concat([1], [2]), o.concat('x', 'y'), o.countOf([1, 2, 1, 1], 1), o.indexOf('abc', 'c'))
x = [1]
y = o.iadd(x, [2])
print(x, y, y is x, o.iadd(1, 2), o.isub(5, 1), o.imul('ab', 2), o.iconcat([1], (2,)), o.ior({1}, {2}))
print(o.length_hint([1, 2, 3]), o.length_hint(iter([])), o.length_hint(5, 10), o.call(max, 1, 5, 2))

class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return V(self.v + other.v)
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'V(%r)' % self.v
    def __neg__(self):
        return V(-self.v)
print(o.add(V(1), V(2)), o.lt(V(1), V(2)), o.neg(V(3)))

g = o.itemgetter(1)
print(g([10, 20, 30]), g('xyz'), g({1: 'one'}), o.itemgetter(0, 2)('abc'), repr(g), repr(o.itemgetter('a', 1)))
pairs = [(3, 'c'), (1, 'a'), (2, 'b')]
print(sorted(pairs, key=o.itemgetter(0)), sorted(pairs, key=o.itemgetter(1), reverse=True))
print(type(g).__name__, type(g).__module__, o.itemgetter(slice(1, 3))([1, 2, 3, 4]))

class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct='!'):
        return greeting + ' ' + self.name + punct
p = P('ann', P('bob'))
print(o.attrgetter('name')(p), o.attrgetter('child.name')(p), o.attrgetter('name', 'child.name')(p))
print(repr(o.attrgetter('a.b', 'c')), sorted([P('z'), P('m')], key=o.attrgetter('name'))[0].name)
m = o.methodcaller('greet', 'hi', punct='?')
print(m(p), o.methodcaller('upper')('abc'), repr(m), repr(o.methodcaller('f')))

errors = [
    lambda: o.add(1),
    lambda: o.add(1, 'a'),
    lambda: o.neg('a'),
    lambda: o.itemgetter(),
    lambda: o.itemgetter(1)(1, 2),
    lambda: o.itemgetter(5)([1]),
    lambda: o.attrgetter(1),
    lambda: o.attrgetter(),
    lambda: o.attrgetter('missing')(p),
    lambda: o.methodcaller(),
    lambda: o.methodcaller(1),
    lambda: o.index(1.5),
    lambda: o.concat(1, 2),
    lambda: o.indexOf([1, 2], 3),
    lambda: o.getitem({}, 'k'),
    lambda: o.lt(1, 'a'),
]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
