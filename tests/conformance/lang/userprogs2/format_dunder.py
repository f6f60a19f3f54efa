class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec.endswith('$'):
            return '$' + format(self.v, spec[:-1])
        return super().__format__(spec)
    def __str__(self): return f"M{self.v}"
m = Money(3.5)
print(f"{m:.2f$}", f"{m}", format(m), "{:>6.1f$}".format(m))
try:
    f"{m:>10}"
except TypeError as e:
    print(e)
class I(int):
    def __format__(self, spec):
        return "<" + int.__format__(self, spec) + ">"
print(f"{I(5):03d}", format(I(7)), (5).__format__('x'), 'ab'.__format__('>4'), (1.5).__format__('.3e'), True.__format__(''), True.__format__('d'))
try:
    (5).__format__(3)
except TypeError as e:
    print(e)
print(object().__format__("")[:15])
print(staticmethod(len), classmethod(len))
class A:
    def f(self): return super()
print(A().f())

