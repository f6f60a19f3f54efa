# ctypes as programs about memory use it: scalar types, conversions, from_address reads of
# the heap, a PyObject Structure, cast to py_object, string_at, sizeof and their errors.
import ctypes, sys, gc

def ref_count(address):
    return ctypes.c_long.from_address(address).value

my_var = [1, 2, 3, 4]
print(ref_count(id(my_var)), sys.getrefcount(my_var))
other = my_var
print(ref_count(id(my_var)))
other = None
print(ref_count(id(my_var)))
print(ctypes.c_long.from_address(id(my_var)))
print(ctypes.c_void_p.from_address(id(my_var) + 8).value == id(list))
print(ctypes.cast(id(my_var), ctypes.py_object).value)

class PyObject(ctypes.Structure):
    _fields_ = [("ob_refcnt", ctypes.c_ssize_t), ("ob_type", ctypes.py_object)]

p = PyObject.from_address(id(my_var))
print(p.ob_refcnt, p.ob_type, PyObject.ob_refcnt, PyObject.ob_type, ctypes.sizeof(PyObject))
q = PyObject(5)
print(q.ob_refcnt)
q.ob_refcnt = 2**64 + 9
print(q.ob_refcnt)
try:
    q.ob_type
except ValueError as e:
    print("ValueError", e)

class A:
    pass
gc.disable()
a = A(); b = A(); a.b = b; b.a = a
ida = id(a)
del a, b
print(ref_count(ida))
print(gc.collect())
for t in [ctypes.c_byte, ctypes.c_ubyte, ctypes.c_int, ctypes.c_uint, ctypes.c_long, ctypes.c_ulong, ctypes.c_double, ctypes.c_bool, ctypes.c_char, ctypes.c_void_p, ctypes.py_object, ctypes.c_size_t]:
    print(t.__name__, ctypes.sizeof(t), repr(t()), t.__mro__)
for v in [1.5, "a", None, 2**70, -1, True, 300]:
    for t in [ctypes.c_long, ctypes.c_ubyte, ctypes.c_double, ctypes.c_bool, ctypes.c_void_p, ctypes.c_char, ctypes.c_int]:
        try:
            r = repr(t(v))
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(t.__name__, repr(v), r)
x = ctypes.c_long(5); x.value = 7; print(x, x.value, bool(x), bool(ctypes.c_long(0)))
print(ctypes.string_at(id(b'abc') + 32, 3))
print(ctypes.sizeof(ctypes.c_long(3)))
try:
    ctypes.sizeof(3)
except TypeError as e:
    print(e)
try:
    ctypes.c_long.from_address("x")
except TypeError as e:
    print(e)
class S(ctypes.Structure):
    _fields_ = [('a', ctypes.c_char), ('b', ctypes.c_int), ('c', ctypes.c_short), ('d', ctypes.c_double)]
print(ctypes.sizeof(S), S.a, S.b, S.c, S.d, S.__mro__)
s = S(b'x', 3); print(s.a, s.b, s.c, s.d)
try:
    S(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
class M(ctypes.c_long):
    pass
print(repr(M(3)).startswith('<M object at 0x'), M(3).value)
print(ctypes.c_int.from_address(id(my_var)).value, ctypes.c_short.from_address(id(my_var)).value)
print(ctypes.c_long.from_address(id(None)).value > 100)
