# binary_op1's order for classes: forward, reflected, a subclass's reflected method first,
# NotImplemented falling through, in-place methods, built-in subclasses, errors.
log = []


class A:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        log.append("A.add")
        return A(self.v + (o.v if isinstance(o, A) else o)) if not isinstance(o, str) else NotImplemented

    def __radd__(self, o):
        log.append("A.radd")
        return A(o + self.v)

    def __repr__(self):
        return "A(%r)" % self.v


class B(A):
    def __radd__(self, o):
        log.append("B.radd")
        return "B wins"


class C:
    def __rsub__(self, o):
        log.append("C.rsub")
        return NotImplemented


class D:
    def __iadd__(self, o):
        log.append("D.iadd")
        return NotImplemented

    def __add__(self, o):
        log.append("D.add")
        return "D+"


class MyInt(int):
    def __add__(self, o):
        log.append("MyInt.add")
        return "mi"


print(A(1) + A(2), A(1) + 5, 5 + A(1), A(1) + B(2), B(2) + A(1))
try:
    A(1) + "s"
except TypeError as e:
    print(e)
try:
    3 - C()
except TypeError as e:
    print(e)
d = D()
d += 1
print(d)
print(MyInt(1) + 1, 1 + MyInt(1), MyInt(2) * 3)
x = MyInt(5)
x += 1
print(x)
print(log)
