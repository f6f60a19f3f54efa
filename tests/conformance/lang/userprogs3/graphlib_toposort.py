from graphlib import TopologicalSorter, CycleError

deps = {
    "app": ["lib", "utils", "config"],
    "lib": ["utils", "logging"],
    "utils": [],
    "config": ["utils"],
    "tests": ["app", "mock"],
    "docs": [],
}
ts = TopologicalSorter(deps)
print(list(ts.static_order()))
ts = TopologicalSorter()
for node, preds in deps.items():
    ts.add(node, *preds)
ts.add("deploy", "tests", "docs")
ts.prepare()
step = 0
while ts.is_active():
    ready = ts.get_ready()
    print(step, ready, bool(ts))
    ts.done(*ready)
    step += 1
print(bool(ts), ts.get_ready())
for graph in [{"a": ["b"], "b": ["c"], "c": ["a"]}, {1: [2], 2: [3], 3: [2], 4: [1]}, {"x": ["x"]}, {None: [0], 0: [None]}]:
    try:
        list(TopologicalSorter(graph).static_order())
    except CycleError as e:
        print("CycleError:", e, e.args, isinstance(e, ValueError))
t = TopologicalSorter({"b": ["a"]})
for call in [lambda: t.get_ready(), lambda: t.done("a"), lambda: t.is_active()]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
t.prepare()
for call in [lambda: t.prepare(), lambda: t.add("c"), lambda: t.done("zz"), lambda: t.done("b")]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
print(t.get_ready())
t.done("a")
try:
    t.done("a")
except ValueError as e:
    print("ValueError:", e)
print(t.get_ready(), TopologicalSorter[str], list(TopologicalSorter().static_order()))
courses = [("calc2", "calc1"), ("calc3", "calc2"), ("linalg", "calc1"), ("ml", "linalg"), ("ml", "stats"), ("stats", "calc1")]
ts = TopologicalSorter()
for c, pre in courses:
    ts.add(c, pre)
print(" -> ".join(ts.static_order()))
