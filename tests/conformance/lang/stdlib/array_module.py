from array import array
import copy
a = array('i', [1, 2, 3]); a.append(4); a.extend([5, 6]); a.insert(0, 0)
print(a, len(a), a[2], a[-1], a[1:3], a.tolist(), a.itemsize, a.typecode, 3 in a, a.index(3), a.count(1))
a[0] = 10; del a[1]; print(a, a.pop(), a, a + array('i', [7]), a * 2, list(reversed(a)))
d = array('d', [0]) * 5
for i in range(5): d[i] = i / 3
print(d, sum(d), max(d), d == array('d', d.tolist()))
print(array('B', b'\x01\x02\xff'), array('b', [-1, 127]).tobytes(), array('h', [1, -2]).tobytes(), array('d', [1.5, -0.0, 1e300]).tobytes())
print(array('d', array('d', [3.25, -1e-310, float('inf')]).tobytes()), array('f', [0.1, 1.5]), array('f', [0.1]).tobytes(), array('H', bytes(4)))
print(array('u', 'héllo'), array('u', 'hi').tounicode(), array('l'), array('q', [2**62]), copy.deepcopy(array('I', [1, 2])))
for tc, v in [('b', 128), ('b', -129), ('B', -1), ('B', 256), ('h', 40000), ('H', -1), ('i', 2**31), ('I', -1), ('I', 2**32), ('l', 2**63), ('L', -1), ('q', 2**63), ('Q', -1)]:
    try:
        array(tc, [v])
    except OverflowError as e:
        print(tc, v, "OverflowError:", e)
for bad in [lambda: array('x'), lambda: array('i', [1.5]), lambda: array('d', ['a']), lambda: array('i', 'abc'), lambda: array('i')[0], lambda: array('i', [1]) + [2]]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
s = array('i', range(10)); s[2:5] = array('i', [0]); print(s, s[::2], sorted(array('d', [3, 1, 2])))
b = array('d', [1.0, 2.0]); b += array('d', [3.0]); b *= 2; print(b, array('i', [1, 2]) < array('i', [1, 3]))
