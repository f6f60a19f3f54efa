# Hunting a leak: a cache that only grows. tracemalloc snapshots before and after show
# which line allocates what survives; gc.DEBUG_SAVEALL shows which cycles the collector found.
import gc
import tracemalloc

_cache = {}


def render(page):
    html = f"<h1>{page}</h1>" * 10
    _cache[page] = html  # the leak: every page ever rendered stays
    return len(html)


tracemalloc.start()
before = tracemalloc.take_snapshot()
total = sum(render(f"page-{i}") for i in range(1000))
after = tracemalloc.take_snapshot()
stats = after.compare_to(before, "lineno")
top = stats[0]
frame = top.traceback[0]
print("rendered", total, "characters")
print("biggest growth at line", frame.lineno, "- new blocks:", top.count_diff > 900)
current, peak = tracemalloc.get_traced_memory()
print("traced memory grew by more than 100 kB:", current > 100_000, "- peak >= current:", peak >= current)
tracemalloc.stop()


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __repr__(self):
        return f"Node({self.name})"


gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
del a, b
found = gc.collect()
print("collector found", found, "objects in cycles")
print("kept in gc.garbage:", sorted(repr(o) for o in gc.garbage if isinstance(o, Node)))
gc.set_debug(0)
gc.garbage.clear()
print("garbage cleared; collect now finds:", gc.collect())
