# IndexError/KeyError/ValueError/OverflowError texts, caught and printed.
import traceback, sys
from collections import deque
def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, '|', e, '|', repr(e), '|', e.args)
        traceback.print_exc(file=sys.stdout)

show(lambda: [1,2][5])
show(lambda: [1,2][-5])
show(lambda: (1,)[3])
show(lambda: 'ab'[9])
show(lambda: range(3)[7])
show(lambda: deque([1])[4])
show(lambda: deque().pop())
show(lambda: deque().popleft())
show(lambda: [].pop(3))
show(lambda: [1].pop(3))
show(lambda: bytearray()[1])
show(lambda: b'x'[4])
show(lambda: memoryview(b'x')[4])
show(lambda: [1, 2].insert())
show(lambda: {'a': 1}[('x', 1)])
show(lambda: {}[None])
show(lambda: {}[1.5])
show(lambda: {}['it\'s'])
show(lambda: {}[b'x'])
show(lambda: {}[frozenset()])
show(lambda: set().remove(3))
show(lambda: set().pop())
show(lambda: [1].remove(5))
show(lambda: deque([1]).remove(5))
show(lambda: (1,).index(5))
show(lambda: 'abc'.index('d'))
show(lambda: int('12', 40))
show(lambda: int(''))
show(lambda: int('  1 2 '))
show(lambda: int('0x1g', 16))
show(lambda: float('1.2.3'))
show(lambda: complex('x'))
def u2():
    a, b = [1, 2, 3]
show(u2)
def u3():
    a, b, c = [1, 2]
show(u3)
def u4():
    a, b = 1
show(u4)
def u5():
    a, *b, c = [1]
show(u5)
def u6():
    [a, b] = 'xyz'
show(u6)
def u7():
    for a, b in [(1, 2, 3)]: pass
show(u7)
def u8():
    a, b = {'x': 1, 'y': 2, 'z': 3}
show(u8)
def u9():
    a, b = iter([1, 2, 3])
show(u9)
import math
show(lambda: math.factorial(-1))
show(lambda: math.sqrt(-1))
show(lambda: 10.0 ** 400)
show(lambda: math.exp(1000))
show(lambda: float(10 ** 400))
show(lambda: int(float('inf')))
show(lambda: int(float('nan')))
show(lambda: [0] * (10 ** 20))
show(lambda: 'x' * (10 ** 20))
show(lambda: range(10**30)[0:1][0] and len(range(10 ** 30)))
show(lambda: chr(0x110000))
show(lambda: (1).to_bytes(1, 'big', signed=False) and (300).to_bytes(1, 'big'))
show(lambda: round(float('inf')))
show(lambda: 2 ** 10000 * 1.0)
