import gc
gc.collect()
events = []
def cb(phase, info):
    if phase == "start":
        events.append(info["generation"])
gc.callbacks.append(cb)
keep = []
full_at = None
for i in range(60000):
    keep.append([i])
    if full_at is None and 2 in events:
        full_at = i
gc.callbacks.remove(cb)
print("collections", len(events), "gen1", events.count(1), "gen2", events.count(2))
print("first full collection after", full_at, "lists")
print("stats gen2 collections >= 1", gc.get_stats()[2]["collections"] >= 1)
del keep
print(gc.collect())
