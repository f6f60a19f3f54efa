# Snapshot.compare_to: StatisticDiff lists sorted as CPython sorts them (absolute size
# difference, size, absolute count difference, count, traceback), new, grown, shrunk and
# vanished lines, and CPython's str() and repr() of a StatisticDiff.
import tracemalloc

ME = '*tracemalloc_compare.py'


def mine(snapshot):
    return snapshot.filter_traces([tracemalloc.Filter(True, ME)])


def show(diff):
    print(' ', str(diff).split('/')[-1])


tracemalloc.start()
a = [None] * 100
b = [None] * 100
for i in range(100):
    a[i] = bytes(67)              # 100 blocks of 100 bytes, freed later
for i in range(50):
    b[i] = bytes(167)             # 50 blocks of 200 bytes, half of them freed later
first = mine(tracemalloc.take_snapshot())

c = [None] * 400
for i in range(400):
    c[i] = bytes(7)               # 400 new blocks of 40 bytes
for i in range(50, 100):
    b[i] = bytes(167)             # 50 more blocks on a new line
del a
for i in range(25):
    b[i] = None
second = mine(tracemalloc.take_snapshot())

print('by line, lines with blocks of known sizes:')
diffs = second.compare_to(first, 'lineno')
for diff in diffs:
    if diff.traceback[0].lineno in (21, 23, 28):
        show(diff)
new = [d for d in diffs if d.traceback[0].lineno == 30][0]
print('  line 30 is new:', new.size == new.size_diff >= 10000, new.count == new.count_diff >= 50)
key = lambda d: (abs(d.size_diff), d.size, abs(d.count_diff), d.count, d.traceback)
print('sorted:', diffs == sorted(diffs, key=key, reverse=True))
gone = [d for d in diffs if d.traceback[0].lineno == 21][0]
print(repr(gone).split('/')[-1])
print('fields:', gone.size, gone.size_diff, gone.count, gone.count_diff)

print('against itself nothing changed:')
same = second.compare_to(second, 'lineno')
print(' ', all(d.size_diff == 0 and d.count_diff == 0 for d in same), len(same) == len(second.statistics('lineno')))

print('by file:')
by_file = second.compare_to(first, 'filename')
print(' ', len(by_file), str(by_file[0]).split('/')[-1].split(':')[:2], by_file[0].count_diff >= 325)
print('cumulative:', len(second.compare_to(first, 'lineno', cumulative=True)) == len(diffs))

print('equality and hashing:')
d1 = tracemalloc.StatisticDiff(gone.traceback, 0, -10000, 0, -100)
print(' ', d1 == gone, hash(d1) == hash(gone), d1 != gone, d1 == 5)
print(' ', str(tracemalloc.StatisticDiff(gone.traceback, 2048, 1024, 4, 2)).split('/')[-1])
print(' ', str(tracemalloc.StatisticDiff(gone.traceback, 0, 0, 0, 0)).split('/')[-1])
try:
    second.compare_to(first, 'frame')
except ValueError as e:
    print('  ValueError:', e)
tracemalloc.stop()
