import tracemalloc

tracemalloc.start(10)

def level3(n):
    return [bytearray(64) for _ in range(n)]

def level2(n):
    return level3(n)

def level1(n):
    return level2(n)

class Box:
    def __init__(self):
        self.items = level1(3)

keep = [Box() for _ in range(4)]
obj = keep[2].items[1]
tb = tracemalloc.get_object_traceback(obj)
print("frames", len(tb))
for fr in tb:
    print(" ", fr.filename == __file__, fr.lineno)
print("format default:")
for line in tb.format():
    print(line.replace(__file__, "FILE"))
print("format limit=2:")
for line in tb.format(limit=2):
    print(line.replace(__file__, "FILE"))
print("format most_recent_first:")
for line in tb.format(limit=-2, most_recent_first=True):
    print(line.replace(__file__, "FILE"))
print("total_nframe", tb.total_nframe, "str", str(tb[0]).replace(__file__, "FILE"))
print("repr frame", repr(tb[0]).replace(__file__, "FILE"))

snap = tracemalloc.take_snapshot()
snap = snap.filter_traces([tracemalloc.Filter(True, __file__)])
print("cumulative by filename:", len(snap.statistics("filename", cumulative=True)))
print("traceback limit", tracemalloc.get_traceback_limit(), snap.traceback_limit)
print("memory of tracemalloc itself > 0:", tracemalloc.get_tracemalloc_memory() > 0)
tracemalloc.stop()
print(tracemalloc.get_object_traceback(keep2[0]))
