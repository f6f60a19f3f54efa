# getsizeof of ints through growth (30-bit digits), floats, complex, bools.
import sys
vals = [0, 1, -1, 2**30 - 1, 2**30, -2**30, 2**60, 2**90, -(2**120), 10**50, True, False,
        0.0, -0.0, float("inf"), float("nan"), 1e308, 1j, complex(1, 2)]
for v in vals:
    print(repr(v)[:12], sys.getsizeof(v))
n = 1
sizes = []
for i in range(200):
    n *= 3
    sizes.append(sys.getsizeof(n))
print(sorted(set(sizes)))
print(sys.getsizeof(int("9" * 100)), sys.getsizeof(-int("9" * 100)), sys.getsizeof(abs(-5)), sys.getsizeof(7 // 2))
print(sys.getsizeof(2 ** 64 - 2 ** 64), sys.getsizeof((2**64) >> 60), sys.getsizeof(1 << 100))
print(sys.getsizeof(round(2.5)), sys.getsizeof(int(3.9)), sys.getsizeof(int("12")), sys.getsizeof(len([])))
