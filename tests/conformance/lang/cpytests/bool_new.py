import math
try:
    class C(bool): pass
except TypeError as e:
    print(e)
print(bool.__new__(bool), bool.__new__(bool, 1), bool.__new__(bool, []))
try: bool.__new__(int)
except TypeError as e: print(e)
try: bool(x=1)
except TypeError as e: print(e)
try: bool(1, 2)
except TypeError as e: print(e)
print(math.floor(True), math.ceil(False), math.trunc(True), type(math.floor(True)))
print(True.__floor__(), True.__ceil__(), True.__round__(), type(True.__round__()))
print(round(True), type(round(True)), round(True, 1), type(round(True, 1)))
print(True.conjugate(), type(True.conjugate()), True.real, type(True.real), True.numerator, type(True.numerator))
print(abs(True), type(abs(True)), -True, +True, ~True, type(+True))
