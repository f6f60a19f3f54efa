# Automatic collection: generation 0 is collected when allocations minus deallocations of
# container objects pass gc.get_threshold()[0]. gc.callbacks shows every collection.
import gc

seen = []
gc.callbacks.append(lambda phase, info: phase == "start" and seen.append(info["generation"]))
print("thresholds:", gc.get_threshold())
junk = []
for i in range(3000):
    node = []
    node.append(node)  # a self-cycle: only the collector can free it
print("collections by generation:", [seen.count(g) for g in range(3)])
gc.callbacks.clear()
