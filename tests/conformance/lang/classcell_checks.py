# type.__new__ fills __classcell__ only if it is a cell: anything else is a TypeError, and
# the value is left as it was.
class Meta(type):
    def __new__(cls, name, bases, namespace, cell=None):
        if cell is not None:
            namespace["__classcell__"] = cell
        return super().__new__(cls, name, bases, namespace)


for bad in (0, 1, "", "text", (), object(), 3.5):
    try:
        class A(metaclass=Meta, cell=bad):
            pass
        print("no error", type(bad).__name__)
    except TypeError as exc:
        print("TypeError", exc)
    print("after", type(bad).__name__, bad == bad)
print(0 + 1, 1 * 5, "text".upper())


class B:
    def method(self):
        return __class__


print(B().method() is B, "__classcell__" in B.__dict__)
