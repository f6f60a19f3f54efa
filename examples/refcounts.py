# Reference counting: every name, container slot, attribute and argument that refers to an
# object adds one to its count; the object is freed the moment the count reaches zero.
# sys.getrefcount(x) reports one more than you expect: its own argument is a reference.
import sys


class Blob:
    def __del__(self):
        print("  Blob freed")


def refs(obj):
    # -2: getrefcount's argument and this function's parameter
    return sys.getrefcount(obj) - 2


b = Blob()
print("one name:", refs(b))
items = [b, b]
print("plus two list slots:", refs(b))
holder = {"key": b}
print("plus a dict value:", refs(b))


class Box:
    pass


box = Box()
box.content = b
print("plus an attribute:", refs(b))


def show(x):
    print("inside a call (argument + parameter):", refs(x))


show(b)
del items, holder
print("after del items, holder:", refs(b))
box.content = None
print("after clearing the attribute:", refs(b))
print("deleting the last name:")
del b
print("done")
