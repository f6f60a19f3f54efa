# Leak hunting by walking gc.get_referrers back to the globals; types.FrameType to skip frames.
import gc, sys, types
class Leaky:
    pass
registry = {}
def register(name):
    obj = Leaky()
    registry[name] = [obj]
    return obj
o = register("one")
def chain_to_module(obj, depth=0, seen=None):
    seen = seen or set()
    out = []
    for r in gc.get_referrers(obj):
        if id(r) in seen or r is seen or isinstance(r, types.FrameType):
            continue
        seen.add(id(r))
        if r is globals():
            out.append("module globals")
        elif r is registry:
            out.append("registry dict")
        elif isinstance(r, list):
            out.append("list")
            if depth < 2:
                out.extend("  " + x for x in chain_to_module(r, depth + 1, seen))
        else:
            out.append(type(r).__name__)
    return out
for line in chain_to_module(o):
    print(line)
print(sys.getrefcount(o))
print(len(gc.get_referents(registry)), [type(x).__name__ for x in gc.get_referents(registry)])
by_type = {}
for obj in gc.get_objects():
    t = type(obj).__name__
    if t in ("Leaky",):
        by_type[t] = by_type.get(t, 0) + 1
print(by_type)
