# int(x): an exact int comes back as it is, a class's __int__ / __index__ go first (PyNumber_Long
# order), strings parse with underscores, prefixes and Unicode digits; errors as CPython.
import sys
x = 10**20
print(int(x) is x, int(5) is 5, int(True), type(int(True)), int(-7), int("  42  "), int("-0x1f", 16), int("1_000"), int("٣"), int(3.9), int("0b101", 0))
class I(int):
    def __int__(self): return 99
print(int(I(4)), type(int(I(4))))
for bad in ("", "1__0", "abc", "0x", " 12 3", "１２", "𝟏"):
    try: print(int(bad))
    except ValueError as e: print(e)
try: int("9" * 5000)
except ValueError as e: print(str(e)[:60])
print(sys.getrefcount(x) - sys.getrefcount(10**21))
class S(str):
    def __int__(self): return 7
print(int(S("5")))
class Bad:
    def __int__(self): return "x"
try: int(Bad())
except TypeError as e: print(e)
class Ix:
    def __index__(self): return 12
print(int(Ix()))
class F(float):
    def __index__(self): return 3
print(int(F(2.5)))
