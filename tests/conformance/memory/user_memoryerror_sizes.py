# MemoryError from impossible sizes, and the program going on.
import sys
try:
    x = [0] * (10 ** 12)
except MemoryError:
    print("huge list: MemoryError")
try:
    s = "a" * (2 ** 40)
except MemoryError:
    print("huge str: MemoryError")
except OverflowError as e:
    print("OverflowError", e)
big = [i for i in range(1000)]
print(len(big))
print(sum(range(100)))
