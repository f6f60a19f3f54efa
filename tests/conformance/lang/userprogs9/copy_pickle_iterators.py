# Copying and pickling iterators part-way through, and the built-in containers' reductions
import copy
import pickle

def show(label, value):
    print(f"{label:<22} {value!r}")

words = ["alpha", "beta", "gamma", "delta"]
it = iter(words)
next(it)
snapshot = copy.copy(it)
show("copy of list iter", (next(snapshot), next(it), list(snapshot), list(it)))
nums = iter(range(0, 20, 5))
next(nums)
restored = pickle.loads(pickle.dumps(nums))
show("pickled range iter", (list(restored), list(nums)))
letters = iter("pickle")
for _ in range(3):
    next(letters)
show("deepcopy str iter", "".join(copy.deepcopy(letters)))
scores = {"ann": 3, "bob": 5, "cy": 9}
items = iter(scores.items())
next(items)
show("dict items reduce", items.__reduce__())
show("copied items", list(copy.copy(items)))
show("set iter reduce", iter({7}).__reduce__())
t = iter((1, 2, 3))
list(t)
show("exhausted tuple iter", t.__reduce__())
show("set reduce", {3}.__reduce__())
show("frozenset reduce", frozenset("a").__reduce__())
show("range reduce", range(2, 10, 3).__reduce__())
show("bytearray reduce", bytearray(b"hi").__reduce__())
show("bytearray proto 3", bytearray(b"hi").__reduce_ex__(3))
show("empty bytearray", bytearray().__reduce_ex__(2))
class Tags(set):
    pass
tags = Tags({"x"})
tags.owner = "me"
show("set subclass reduce", tags.__reduce__())
clone = pickle.loads(pickle.dumps(tags))
show("set subclass clone", (type(clone).__name__, sorted(clone), clone.owner))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    r = iter(range(100))
    next(r); next(r)
    assert list(pickle.loads(pickle.dumps(r, proto))) == list(range(2, 100))
    data = [{1, 2}, frozenset({3}), range(5), bytearray(b"\x00\xff")]
    assert pickle.loads(pickle.dumps(data, proto)) == data, proto
print("all protocols round-trip")
it = iter([1, 2, 3])
it.__setstate__(2)
show("setstate", list(it))
r = iter(range(10))
r.__setstate__(7)
show("range setstate", (list(r), r.__reduce__()))
copy.copy(iter([]).__setstate__("x"))
