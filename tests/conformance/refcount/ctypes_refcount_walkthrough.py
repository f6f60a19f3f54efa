# The blog-post idiom: an object's reference count read at its id() with ctypes, which
# (unlike sys.getrefcount) adds no reference of its own; the counts through names,
# containers, calls and attribute references, and a cycle that only the collector frees.
import ctypes
import gc
import sys


def ref_count(address):
    return ctypes.c_long.from_address(address).value


def object_by_id(object_id):
    for obj in gc.get_objects():
        if id(obj) == object_id:
            return "Object exists"
    return "Not found"


my_var = [1, 2, 3, 4]
print("fresh list:", ref_count(id(my_var)), "getrefcount:", sys.getrefcount(my_var))
other_var = my_var
print("second name:", ref_count(id(my_var)))
holder = {"a": my_var, "b": [my_var, my_var]}
print("in a dict and a list twice:", ref_count(id(my_var)))
del holder
other_var = None
print("back to one:", ref_count(id(my_var)))


def inside(arg):
    return ref_count(id(arg))


print("as an argument:", inside(my_var))


class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None


gc.disable()
a = Node("a")
b = Node("b")
a.partner = b
b.partner = a
a_id, b_id = id(a), id(b)
print("a, b:", ref_count(a_id), ref_count(b_id))
del a
print("after del a:", ref_count(a_id), ref_count(b_id))
del b
print("after del b:", ref_count(a_id), ref_count(b_id))
print(object_by_id(a_id), object_by_id(b_id))
print("collected:", gc.collect())
print(object_by_id(a_id), object_by_id(b_id))
gc.enable()

# The header: ob_refcnt then ob_type, 8 bytes each on a 64-bit build.
class PyObject(ctypes.Structure):
    _fields_ = [("ob_refcnt", ctypes.c_ssize_t), ("ob_type", ctypes.c_void_p)]


class PyVarObject(PyObject):
    _fields_ = [("ob_size", ctypes.c_ssize_t)]


t = (10, 20, 30)
header = PyVarObject.from_address(id(t))
print("tuple header:", header.ob_refcnt, header.ob_type == id(tuple), header.ob_size)
print(ctypes.sizeof(PyObject), ctypes.sizeof(PyVarObject), PyVarObject.ob_size)
items = [ctypes.c_void_p.from_address(id(t) + 24 + 8 * i).value for i in range(3)]
print("items are the ints:", items == [id(10), id(20), id(30)])
print("back from the address:", ctypes.cast(items[1], ctypes.py_object).value)
s = "memory"
print("ascii data:", ctypes.string_at(id(s) + 48, len(s)))
print("small int count is large:", ref_count(id(7)) > 10)
view = ctypes.c_long.from_address(id(my_var))
try:
    view.value = 99
except ValueError:
    print("pymm refuses writes")   # CPython would write; pymm stays consistent
else:
    view.value = 1
    print("pymm refuses writes")
