# What builtins keep and how far above that the peak goes: min/max and set()/frozenset()
# never gather an iterable first; sorted() and list() allocate what CPython allocates.
import tracemalloc
tracemalloc.start()
r = range(1000)
l = list(r)
cases = [
    ("set", lambda: set(r)), ("frozenset", lambda: frozenset(r)), ("list", lambda: list(r)),
    ("sorted", lambda: sorted(l)), ("sum", lambda: sum(r)), ("max", lambda: max(r)),
    ("max key", lambda: max(l, key=lambda x: -x)), ("min", lambda: min(r)),
    ("set update", lambda: set().update(r)), ("list extend", lambda: [].extend(r)),
    ("str join list", lambda: "".join([str(i) for i in r])),
]
for label, f in cases:
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    v = f()
    cur, peak = tracemalloc.get_traced_memory()
    print(f"{label:14} kept={cur - base:7} peak_over_kept={peak - cur}")
    del v
tracemalloc.stop()
