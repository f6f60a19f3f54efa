class A:
    def b(self):
        return self
    def c(self):
        return {'x': [1, 2]}
a = A()
print(a.b().c()['x'][5])
