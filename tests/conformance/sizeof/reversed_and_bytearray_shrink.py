# list() of a reverse iterator is sized from its __length_hint__ (exactly, as list(seq)),
# while an iterator without one grows by appends; deleting the front of a bytearray moves
# it into an exact buffer once it falls below half of what it had.
import operator
import sys

big = list(range(1000))
print(sys.getsizeof(list(reversed(big))), sys.getsizeof(list(reversed(tuple(big)))))
print(sys.getsizeof(list(reversed("abcdefghij" * 10))), sys.getsizeof(list(map(int, big))))
d = dict.fromkeys(range(100))
print(sys.getsizeof(list(reversed(d))), sys.getsizeof(list(reversed(d.values()))), sys.getsizeof(list(reversed(d.items()))))
it = reversed(big)
next(it)
print(operator.length_hint(it), it.__length_hint__())
it = reversed((1, 2, 3))
print(operator.length_hint(it))
next(it)
print(it.__length_hint__())
it = reversed(d)
next(it)
print(operator.length_hint(it))
short = [1, 2, 3]
it = reversed(short)
short.clear()
print(operator.length_hint(it), list(it))
for cut in [slice(0, 100), slice(0, 10), slice(10, 120), slice(0, 150)]:
    ba = bytearray(b"abc") * 50
    del ba[cut]
    print(cut, sys.getsizeof(ba), len(ba), bytes(ba[:6]))
ba = bytearray(range(200))
while ba:
    del ba[:40]
    print(len(ba), sys.getsizeof(ba))
