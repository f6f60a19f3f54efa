import gc
gc.collect()

events = []
def cb(phase, info):
    if phase == "start":
        events.append(("start", info["generation"], gc.get_count()))
    else:
        events.append(("stop", info["generation"], info["collected"], info["uncollectable"]))

gc.callbacks.append(cb)
print(gc.get_threshold())
keep = []
for i in range(1500):
    keep.append([i])
gc.callbacks.remove(cb)
print("collections while appending 1500 lists:", len([e for e in events if e[0] == "start"]))
gens = {}
for e in events:
    if e[0] == "start":
        gens[e[1]] = gens.get(e[1], 0) + 1
print(sorted(gens.items()))
print("first:", events[:2])

events.clear()
gc.collect()
gc.callbacks.append(cb)
class C:
    pass
made = 0
for i in range(2000):
    c = C()
    c.self = c
    made += 1
    if events and events[-1][0] == "stop" and events[-1][2]:
        pass
gc.callbacks.remove(cb)
starts = [e for e in events if e[0] == "start"]
stops = [e for e in events if e[0] == "stop"]
print("cycles made", made, "collections", len(starts))
print("total collected", sum(e[2] for e in stops))
print("gens", [e[1] for e in starts])
print(gc.collect())

events.clear()
gc.set_threshold(100, 10, 10)
gc.callbacks.append(cb)
junk = []
for i in range(3000):
    junk.append({})
    junk.append({"a": []})
gc.callbacks.remove(cb)
print("threshold 100:", len([e for e in events if e[0] == "start"]))
print([e[1] for e in events if e[0] == "start"][:25])
gc.set_threshold(700, 10, 10)
