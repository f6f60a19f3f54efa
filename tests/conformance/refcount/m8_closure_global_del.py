import sys, gc, weakref
gc.collect()
class Data:
    def __del__(self): print("Data freed")
data = Data()
def reader():
    return data
print(reader() is data)
del data
try:
    reader()
except NameError as e:
    print("NameError:", e)
def make():
    local = Data()
    def inner():
        return local
    return inner
fn = make()
print(type(fn.__closure__[0]).__name__, fn.__closure__[0].cell_contents.__class__.__name__)
print("refcount of cell content", sys.getrefcount(fn.__closure__[0].cell_contents))
del fn
print("after del fn")
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
c(); c()
print(c.__closure__[0].cell_contents, c.__code__.co_freevars, counter.__code__.co_cellvars)
def selfref():
    def f():
        return f
    return f
g = selfref()
w = weakref.ref(g)
del g
print("alive before collect", w() is not None)
print("collected", gc.collect())
print("alive after collect", w() is not None)
x = Data()
lst = [x]
del x
print("still in list")
lst.pop()
print("popped")
