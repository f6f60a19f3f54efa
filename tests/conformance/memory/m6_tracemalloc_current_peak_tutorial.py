import tracemalloc
tracemalloc.start()
a = [i for i in range(1000)]
current, peak = tracemalloc.get_traced_memory()
print(f"Current memory usage is {current / 10**6}MB; Peak was {peak / 10**6}MB")
b = {i: str(i) for i in range(500)}
current, peak = tracemalloc.get_traced_memory()
print(current, peak)
del a
print(tracemalloc.get_traced_memory())
s = "x" * 100000
print(tracemalloc.get_traced_memory())
def work():
    tmp = [0] * 50000
    return len(tmp)
work()
print(tracemalloc.get_traced_memory())
snapshot = tracemalloc.take_snapshot()
top_stats = snapshot.statistics('lineno')
print("[ Top 3 ]")
for stat in top_stats[:3]:
    print(stat)
tracemalloc.stop()
