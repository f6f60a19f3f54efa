import sys
class Base:
    def who(self):
        return sys.getrefcount(self)
class Child(Base):
    def a(self):
        return super().who()
    def b(self):
        s = super()
        return s.who()
    def c(self):
        m = super().who
        return m()
    def f(self):
        return super(Child, self).who()
    def g(self):
        return self.who()
c = Child()
print(c.a(), c.b(), c.c(), c.f(), c.g())
print((lambda: c)().who())
def mk(): return c.who
print(mk()())
