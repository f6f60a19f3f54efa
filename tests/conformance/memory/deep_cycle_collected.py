# A deep structure that is also a cycle is freed by the collector.
import gc

gc.collect()
root = []
cur = root
for i in range(50_000):
    nxt = []
    cur.append(nxt)
    cur = nxt
cur.append(root)
del root, cur, nxt
print(gc.collect())
