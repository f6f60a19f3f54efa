import tracemalloc
tracemalloc.start()
def measure(label, fn):
    tracemalloc.reset_peak()
    c0, _ = tracemalloc.get_traced_memory()
    r = fn()
    c1, p = tracemalloc.get_traced_memory()
    print(label, c1 - c0, p - c0)
    return r
keep = []
for v in (0, 5, 10, 99, 12345, 2**30, 2**31, 10**15, 2**60, 10**30, -7, 10**100):
    label = v if v < 10**20 else "big"
    keep.append(measure(f"str({label})", lambda: str(v)))
    keep.append(measure("repr", lambda: repr(v)))
    keep.append(measure("f-string", lambda: f"{v}"))
keep.append(measure("str list 500", lambda: [str(i) for i in range(500)]))
keep.append(measure("fstring list 300", lambda: [f"{i}" for i in range(300)]))
keep.append(measure("str(True)", lambda: str(True)))
keep.append(measure("hex", lambda: hex(12345)))
tracemalloc.stop()
