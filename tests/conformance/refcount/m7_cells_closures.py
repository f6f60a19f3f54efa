import types, sys, gc
c = types.CellType(); print(sys.getsizeof(c), gc.is_tracked(c), repr(c)[:8])
try: c.cell_contents
except ValueError as e: print(e)
c2 = types.CellType([1]); print(c2.cell_contents, sys.getrefcount(c2))
try: types.CellType(1,2)
except TypeError as e: print(e)
try: types.CellType(a=1)
except TypeError as e: print(e)
c.cell_contents = 5; print(c.cell_contents, c == types.CellType(5))
del c.cell_contents
try: c.cell_contents
except ValueError as e: print(e)
x = [c]; c.cell_contents = x
del x, c
print(gc.collect())
E, F = types.CellType(), types.CellType(1)
print(E < F, E == types.CellType(), F > E, F <= types.CellType(2), E != F, F == 1)
try:
    F < types.CellType("s")
except TypeError as e:
    print(e)
def outer():
    v = 1
    def inner():
        return v
    return inner
print(outer().__closure__[0] == types.CellType(1), outer().__closure__ == outer().__closure__)
# refcounts through cells
obj = object()
def make(o):
    def get():
        return o
    return get
g1 = make(obj)
print("held by cell", sys.getrefcount(obj))
cell = g1.__closure__[0]
print("cell rc", sys.getrefcount(cell))
g2 = make(obj)
print("two cells", sys.getrefcount(obj))
cell.cell_contents = None
print("cell replaced", sys.getrefcount(obj), g1())
del g1, g2, cell
print("gone", sys.getrefcount(obj))
manual = types.CellType(obj)
print("manual cell", sys.getrefcount(obj))
del manual
print("end", sys.getrefcount(obj))
