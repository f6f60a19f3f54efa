import copy, pickle
class BadStr:
    def __str__(self): return 5
    def __repr__(self): return b"x"
for f in [lambda: str(BadStr()), lambda: repr(BadStr()), lambda: print(BadStr()), lambda: f"{BadStr()}", lambda: "%s" % BadStr(), lambda: format(BadStr()), lambda: [BadStr()].__repr__()]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
class BadHash:
    def __hash__(self): return "h"
try:
    {BadHash()}
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100), hash(-1), hash(-1.0), hash(2 ** 61 - 1), hash(2 ** 61), hash(float("inf")), hash(1e100) == hash(int(1e100)))
class Node:
    def __init__(self, v, children=()):
        self.v, self.children = v, list(children)
    def __repr__(self): return f"Node({self.v}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow, deep = copy.copy(tree), copy.deepcopy(tree)
tree.children[0].v = 20
print(shallow, deep, shallow.children is tree.children, deep.children[1].children[0] is tree.children[1].children[0])
cyc = [1]; cyc.append(cyc); dc = copy.deepcopy(cyc); print(dc[1] is dc, dc is not cyc)
class Custom:
    def __init__(self, x): self.x = x
    def __copy__(self): print("__copy__"); return Custom(self.x)
    def __deepcopy__(self, memo): print("__deepcopy__", type(memo).__name__); return Custom(copy.deepcopy(self.x, memo))
copy.copy(Custom(1)); copy.deepcopy(Custom([1]))
data = {"n": 1, "f": 2.5, "s": "str", "l": [1, (2, 3)], "set": {1, 2}, "none": None, "b": b"by", "node": tree}
blob = pickle.dumps(data)
back = pickle.loads(blob)
print(back["node"], back["l"], back["set"], back == data, type(back["l"][1]))
class Stateful:
    def __init__(self): self.a, self.cache = 1, {"big": 1}
    def __getstate__(self):
        s = self.__dict__.copy(); del s["cache"]; return s
    def __setstate__(self, s):
        self.__dict__.update(s); self.cache = {}
st = pickle.loads(pickle.dumps(Stateful()))
print(vars(st))
try:
    pickle.dumps(lambda: 0)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, str(e).split(" at 0x")[0])
print(copy.copy([1, [2]])[1] is not None, copy.deepcopy((1, 2)) , copy.copy(5), copy.deepcopy({"a": [1]}))
