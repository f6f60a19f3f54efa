import sys
vals = [0, 1, -1, 9, 10, -10, 99, 100, 255, 256, -5, -6, 12345, -2**31, 2**31 - 1, 2**31, -2**31 - 1, 2**53 - 1, -(2**53 - 1), 2**53, 10**15, -10**15 + 7, 2**62, -2**64]
for v in vals:
    s = str(v)
    print(s, len(s), s == repr(v), int(s) == v, s.isascii(), sys.getsizeof(s), hash(s) == hash(repr(v)))
print(str(True), str(False), str(7) is str(7), str(7) == "7")
class I(int): pass
print(str(I(42)), str(I(-3)))
