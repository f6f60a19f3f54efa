import sys

for v in (0, 1, -1, 255, 2**30 - 1, 2**30, 2**60 - 1, 2**60, 2**100, -(2**100), 2**1000, True, False):
    print(v if v.bit_length() < 70 else f'2**{v.bit_length() - 1} (sign {v < 0})', sys.getsizeof(v))
