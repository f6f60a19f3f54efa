# Snapshot statistics: the line that allocated the most is on top, grouped by line,
# file or whole traceback, cumulative or not, with CPython's str() of a Statistic.
# Only this file's own lines are looked at, named by basename.
import tracemalloc


def here(stat):
    return str(stat).split('/')[-1]


def mine(snapshot):
    return snapshot.filter_traces([tracemalloc.Filter(True, '*tracemalloc_statistics.py')])


tracemalloc.start(5)
small = [None] * 1000
big = [None] * 300
for i in range(1000):
    small[i] = bytes(24)          # 1000 blocks of 57 bytes
for i in range(300):
    big[i] = bytes(1000)          # 300 blocks of 1033 bytes


def nested(n):
    return [str(i) * 50 for i in range(n)]


def outer():
    return nested(200)


strings = outer()
snap = mine(tracemalloc.take_snapshot())

print('by line:')
stats = snap.statistics('lineno')
for stat in stats[:3]:
    print(' ', here(stat))
print('sorted by size, then count:', stats == sorted(stats, key=lambda s: (s.size, s.count, s.traceback), reverse=True))
top = stats[0]
print('top:', top.traceback[0].filename.endswith('tracemalloc_statistics.py'), top.traceback[0].lineno, top.size, top.count)
print(repr(top).split('/')[-1])

print('by traceback (the oldest frame first):')
by_tb = snap.statistics('traceback')
strs = max((s for s in by_tb if len(s.traceback) == 4), key=lambda s: s.size)
print(' ', [f'{f.filename.split("/")[-1]}:{f.lineno}' for f in strs.traceback], strs.size, strs.traceback.total_nframe)
for line in strs.traceback.format():
    print(' ', line.replace(strs.traceback[0].filename, 'FILE'))
for line in strs.traceback.format(limit=1, most_recent_first=True):
    print(' ', line.replace(strs.traceback[0].filename, 'FILE'))

print('cumulative by line (each frame counts the block):')
cum = snap.statistics('lineno', cumulative=True)
for stat in cum:
    if stat.traceback[0].lineno in (25, 29, 32):
        print(' ', here(stat))

print('by file:')
files = snap.statistics('filename')
print(' ', len(files), here(files[0]).split(':')[0], files[0].traceback[0].lineno, files[0].count >= 1500)
print('cumulative by file:', len(snap.statistics('filename', cumulative=True)))

print('errors:')
for args in (('bogus',), ('traceback', True), (1,)):
    try:
        snap.statistics(*args)
    except Exception as e:
        print(f'  {type(e).__name__}: {e}')
tracemalloc.stop()
