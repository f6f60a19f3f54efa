def f():
    try:
        return 'try'
    finally:
        print('finally runs')
print(f())
def g():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(g())
def h():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print('cleanup', i)
    else:
        print('no break')
    return i
print(h())
for x in []: pass
else: print('empty for-else')
n = 0
while n < 3: n += 1
else: print('while-else', n)
try:
    assert 1 > 2, f'math is broken: {1} > {2}'
except AssertionError as e: print('AssertionError:', e)
a = list(range(10))
del a[2:8:2]; print(a)
del a[::3]; print(a)
print(1 < 2 < 3 > 0, 1 < 2 > 3, 'a' < 'b' <= 'b' != 'c', 3 in [1, 3] not in [[3]])
x = 5
print('big' if x > 3 else 'small', x if x else None, (lambda: x)(), [y for y in range(x) if y % 2] or 'none')
def default_mut(item, acc=[]):
    acc.append(item); return acc
print(default_mut(1), default_mut(2))
class Outer:
    class_attr = [i * 2 for i in range(3)]
    doubled = (lambda v: v * 2)(21)
    def method(self): return __class__.__name__
print(Outer.class_attr, Outer.doubled, Outer().method())
bases = (dict,)
class MyDict(*bases):
    pass
print(MyDict(a=1), MyDict.__mro__[1])
import sys
print(sys.version_info[:2] >= (3, 8), sys.maxsize > 2**31, type(sys.argv))
s = 'hello'
s += ' world'
t = (1, 2)
t += (3,)
print(s, t, [1] * 3, 'ab' * 2, -(-7 // 2))
d = dict(zip('abc', range(3)))
for k in list(d):
    if d[k] == 1: del d[k]
print(d, {k: v for k, v in sorted(d.items(), key=lambda kv: -kv[1])})
print(str(1_000_000), 0x_ff, 1_0.5, 0o1_7)
print(f"{'quote'!r}", f'{3.0:g}', f'{1e21}', f'{12345.678:.2e}', repr(1e-4), str(100.0), 1/7)
print(int.__name__, (5).__class__.__name__, (1.5).is_integer(), (2.0).as_integer_ratio(), (10).__add__(5))
print(divmod(-7.5, 2), 7.5 // 2, -7.5 % 2, round(-2.5), round(0.5), round(1.5), 2 ** 0.5)
print(sorted({3: 'c', 1: 'a'}.items()), list({1, 2} | {3}), {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3}, {1}.issubset({1, 2}))
print(''.join(reversed('stressed')), 'level'[::-1] == 'level', 'Mississippi'.count('ss'), 'a,b,,c'.split(','), 'a b  c'.split())
nested = {'a': {'b': {'c': 1}}}
print(nested['a']['b']['c'], nested.get('x', {}).get('y'), [[0] * 2 for _ in range(2)])
print(list(map(int, '1 2 3'.split())), sum(map(len, ['a', 'bc'])), list(filter(str.isdigit, 'a1b2')), max('apple', 'pear', key=len))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls
opts = {'color': 'red', 'size': 3}
mixins = [object]
class Configured(*mixins, metaclass=Meta, **opts):
    pass
print(Configured.options, Configured.__bases__)
try:
    class Bad(**5): pass
except TypeError as e: print(e)
