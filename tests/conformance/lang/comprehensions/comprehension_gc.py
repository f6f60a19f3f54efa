# Building and dropping many small containers in comprehensions.
import gc

gc.collect()
gc.disable()
rows = [{'id': i, 'tags': [i, i + 1]} for i in range(50)]
print(len(rows), rows[3])
print(gc.is_tracked(rows[0]), gc.is_tracked({'id': 1}))
pairs = [(r['id'], tuple(r['tags'])) for r in rows]
del rows
print(pairs[-1])
print(gc.collect())
gc.enable()
