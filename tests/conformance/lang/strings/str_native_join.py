# str.join: sequences and iterators, subclasses, kinds, errors, the one-item identity, references.
import sys
class S(str): pass
print("".join([]), ",".join(["a"]), ",".join([S("a")]), type(",".join([S("a")])).__name__, "".join(["", ""]) == "")
x = "solo"; print(",".join([x]) is x, ",".join((x,)) is x, ",".join(iter([x])) is x)
print("-".join("abc"), "\u4e00".join(["a", "b"]), "".join(["\xe9", "a"]), sys.getsizeof("".join(["\xe9", "a"])), sys.getsizeof("x".join(["a", "\U0001f600"])))
for bad in ([1], ["a", 2], ("a", None), "ab", 5, [b"a"]):
    try: print(repr(",".join(bad)))
    except TypeError as e: print(e)
def gen():
    yield "a"; yield "b"
print(",".join(gen()), ",".join({"k": 1}), ",".join(S(c) for c in "xyz"))
l = ["p", "q"]; before = sys.getrefcount(l[0]); ",".join(l); print(sys.getrefcount(l[0]) - before)
