import gc
gc.collect()
class Leaky:
    pass
cache = {}
class Handler:
    def __init__(self):
        self.items = []
registry = [Handler()]
leak = Leaky()
registry[0].items.append(leak)
cache["key"] = registry[0].items
def describe(o):
    if isinstance(o, dict):
        if o is globals(): return "globals()"
        return "dict with keys %s" % sorted(map(str, o.keys()))
    if isinstance(o, list):
        return "list of %d" % len(o)
    return type(o).__name__
def chain(obj, depth=0, seen=None):
    if seen is None: seen = set()
    if depth > 3: return
    for r in gc.get_referrers(obj):
        if r is seen or id(r) in seen or r is frame_locals: continue
        if type(r).__name__ == "frame": continue
        seen.add(id(r))
        print("  " * depth + describe(r))
        if r is not globals():
            chain(r, depth + 1, seen)
frame_locals = None
chain(leak)
print(len(gc.get_referents(registry[0])), [type(x).__name__ for x in gc.get_referents(registry[0].__dict__)])
print(sorted(type(x).__name__ for x in gc.get_referents(Handler())))
print(gc.get_referents(1, "a", None))
print(len(gc.get_referrers()))
