# A `global` declaration anywhere makes the module's own code use the globals for that
# name (symtable.c's st_global), which shows when exec() gets separate globals and locals;
# and a class body's `nonlocal` stores to the enclosing function's cell.
g_ns = {}
l_ns = {}
exec("""if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    z = 3
    g, h = f()
    result9 = g()
    result2 = h()
    """, g_ns, l_ns)
print(l_ns["result2"], l_ns["result9"])
print(sorted(k for k in g_ns if k != '__builtins__'), sorted(l_ns))

g2 = {}
l2 = {}
exec("""if 1:
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
    r1 = f()
    class K:
        global w
        w = 5
    w2 = w
    """, g2, l2)
print(l2["r1"], g2["x"], g2["w"], l2["w2"], "x" in l2, "w" in l2)


def f(x):
    class c:
        nonlocal x
        x += 1
        def get(self):
            return x
    return c()


c = f(0)
print(c.get(), "x" in c.__class__.__dict__)


def g():
    y = 1
    class C:
        nonlocal y
        y = 5
        z = y
    return y, C.z, 'y' in C.__dict__
print(g())


def d():
    v = 1
    class C:
        nonlocal v
        del v
    try:
        return v
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(d())


def outer():
    n = 0
    class A:
        nonlocal n
        n += 10
        class B:
            nonlocal n
            n += 100
            m = n
    return n, A.B.m
print(outer())
