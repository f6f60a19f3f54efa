import gc

stats = gc.get_stats()
print(type(stats).__name__, len(stats))
for s in stats:
    print(sorted(s))
