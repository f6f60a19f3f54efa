# A failed method lookup points at the attribute; a failing call at the whole call.
class A: pass
a = A()
x = [1]
try:
    a.nosuch(1, 2)
except AttributeError:
    import traceback; traceback.print_exc()
x.nosuch(3)
