# How deep pickle.dumps follows a structure before RecursionError ("while pickling an
# object"): the C pickler counts one level per save() and one more for a list's or a
# dict's items, so lists and dicts stop at half the depth of tuples, instances lower still.
import pickle


def max_depth(make):
    lo, hi = 200, 1100
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            pickle.dumps(make(mid))
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


def nested(wrap):
    def make(depth):
        x = None
        for _ in range(depth):
            x = wrap(x)
        return x
    return make


class Node:
    def __init__(self, child):
        self.child = child


class Slotted:
    __slots__ = ("child",)

    def __init__(self, child):
        self.child = child


for name, wrap in [("list", lambda x: [x]), ("dict", lambda x: {"k": x}), ("tuple", lambda x: (x,)),
                   ("instance", Node), ("slots", Slotted)]:
    print(name, max_depth(nested(wrap)))
for proto in (0, 5):
    try:
        pickle.dumps(nested(lambda x: [x])(1100), protocol=proto)
    except RecursionError as e:
        print(proto, e)
deep = nested(lambda x: [x])(400)
print(pickle.loads(pickle.dumps(deep)) == deep)
