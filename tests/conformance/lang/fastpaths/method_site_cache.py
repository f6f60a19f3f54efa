# A call site `obj.name(...)` sees objects of many types in turn: built-in types, their
# subclasses (with and without overrides), instances with attributes of the same name.
class L(list):
    def append(self, x):
        print("L.append", x)
        super().append(x)

class Plain(list):
    pass

class Obj:
    def __init__(self):
        self.append = lambda x: print("instance attribute", x)

class M:
    def append(self, x):
        print("M.append", x)

def add(target, x):
    target.append(x)
    return target

for t in [[], L(), Plain(), [], Obj(), M(), L(), []]:
    r = add(t, 1)
    print(type(t).__name__, r if isinstance(r, list) else "-")

def get(d, k):
    return d.get(k, 0)

class D(dict):
    def get(self, k, default=None):
        return ("D.get", k)

for d in [{}, {"a": 1}, D(a=2), {"a": 3}, D()]:
    print(get(d, "a"))

def up(s):
    return s.upper()

class S(str):
    def upper(self):
        return "S.upper"

for s in ["ab", S("cd"), "ef", S("gh")]:
    print(up(s))

def items(x):
    return x.count(1)

for x in [[1, 1, 2], (1, 2), "a1", [1]]:
    try:
        print(items(x))
    except TypeError as e:
        print("TypeError", e)

# The method raising: the traceback points at the call.
def bad(xs):
    return xs.index(99)

try:
    bad([1, 2])
except ValueError as e:
    print("ValueError", e)
bad((1, 2))
