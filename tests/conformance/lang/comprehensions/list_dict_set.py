words = ['apple', 'bob', 'kayak', 'tree', 'level', 'python']
print([w.upper() for w in words if len(w) > 4])
print({w: len(w) for w in words})
print(sorted({len(w) for w in words}))
print([w for w in words if w == w[::-1]])
print({k: v for k, v in zip('abc', range(3))})
