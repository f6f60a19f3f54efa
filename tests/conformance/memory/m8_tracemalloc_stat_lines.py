import tracemalloc
tracemalloc.start()
s0 = tracemalloc.take_snapshot()
a = [bytes(1000) for _ in range(10)]
b = ["x" * 500 for _ in range(20)]
c = {i: str(i) for i in range(100)}
s1 = tracemalloc.take_snapshot()
f = [tracemalloc.Filter(True, __file__)]
for st in s1.filter_traces(f).statistics("lineno"):
    print(str(st).replace(__file__, "FILE"))
for st in s1.filter_traces(f).compare_to(s0.filter_traces(f), "lineno"):
    print(str(st).replace(__file__, "FILE"))
for st in s1.filter_traces(f).statistics("filename"):
    print(str(st).replace(__file__, "FILE"))
tb = s1.filter_traces(f).statistics("traceback")[0].traceback
for line in tb.format():
    print(line.replace(__file__, "FILE"))
print(tracemalloc.get_object_traceback(a[0])[0].lineno)
print(tracemalloc.get_tracemalloc_memory() > 0)
tracemalloc.clear_traces()
print(tracemalloc.get_traced_memory())
tracemalloc.stop()
