# float() and complex() of a float/int/str subclass use the subclass's own __float__
# (PyNumber_Float's nb_float), and a float subclass result becomes an exact float.
class G(float):
    def __float__(self): return 42.0
class H(int):
    def __int__(self): return 7
    def __index__(self): return 8
class S(str):
    def __float__(self): return 1.5
print(float(G(0.0)), int(H(3)), float(S('8')), int(G(2.5)))
import math
print(math.floor(G(1.5)), round(G(1.5)))
print(float(H(3)), complex(G(1.0)))


class Meters(float):
    def __float__(self):
        return Meters(float.__float__(self) * 1000)


v = float(Meters(1.5))
print(v, type(v).__name__)
print(float(True), float(H(9)), float(G(5.0)) + 1)
try:
    class Bad(float):
        def __float__(self):
            return "x"
    float(Bad(1.0))
except TypeError as e:
    print(e)
class H(int):
    def __int__(self): return int.__int__(self) + 1
class G(float):
    def __float__(self): return float.__float__(self) + 1
    def __int__(self): return float.__int__(self) + 100
print(int(H(3)), float(G(2.5)), int(G(2.5)), int.__int__(True), type(int.__int__(True)).__name__, float.__int__(-2.5), int.__float__(10**20))
print(int.__int__(H(5)), type(int.__int__(H(5))).__name__, float.__float__(G(1.0)), type(float.__float__(G(1.0))).__name__)
