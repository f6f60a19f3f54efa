x = 7
def f():
    x = 1
    def g():
        global x
        def i():
            def h():
                return x
            return h()
        return i()
    return g()
print(f(), x)

def f2():
    x = 1
    class C:
        global x
        def m(self):
            return x
        y = x
    return C().m(), C.y
print(f2())

def f3():
    x = 3
    def g():
        global x
        x = 2
        def i():
            def h():
                return x
            return h()
        return i()
    return g()
print(f3(), x)

def f4():
    x = 5
    def g():
        def i():
            global x
            def h():
                return x
            return h()
        return i(), x
    return g()
print(f4())

def f5():
    y = 1
    def g():
        global y
        return y
    def h():
        return y + 1
    return g, h
y = 9
g5, h5 = f5()
print(g5(), h5())
