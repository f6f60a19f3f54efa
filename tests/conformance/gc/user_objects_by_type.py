# Counting instances with gc.get_objects() filtered by type; constant tuples are tracked until a collection.
import gc
class Widget:
    pass
class Gadget(Widget):
    pass
ws = [Widget() for _ in range(3)]
gs = [Gadget() for _ in range(2)]
print(sum(1 for o in gc.get_objects() if type(o) is Widget))
print(sum(1 for o in gc.get_objects() if isinstance(o, Widget)))
print(sum(1 for o in gc.get_objects() if type(o) is Gadget))
del ws[0]
print(sum(1 for o in gc.get_objects() if type(o) is Widget))
ints = [o for o in gc.get_objects() if type(o) is int]
print(ints)
strs = [o for o in gc.get_objects() if type(o) is str]
print(strs)
lists_in = [o for o in gc.get_objects() if o is ws]
print(len(lists_in))
t = (1, 2)
print(any(o is t for o in gc.get_objects()))
t2 = ([], 2)
print(any(o is t2 for o in gc.get_objects()))
d = {"a": 1}
print(any(o is d for o in gc.get_objects()))
d2 = {"a": []}
print(any(o is d2 for o in gc.get_objects()))
