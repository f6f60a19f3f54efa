# timeit (text and callable statements, setup, globals, gc off while timing, autorange),
# queue (FIFO/LIFO/priority/simple, Full/Empty, task accounting) and keyword.
import timeit, queue, keyword, gc
print(keyword.kwlist == sorted(keyword.kwlist), len(keyword.kwlist), keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.__all__)
print(timeit.__all__, timeit.default_timer.__name__)
for args in [(5,), ('x=1', 5), ('return 5',), ('x = (',)]:
    try:
        timeit.Timer(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    timeit.timeit('undefined_name', number=1)
except Exception as e:
    print(type(e).__name__, e)
t = timeit.Timer('x = [i for i in range(10)]')
print(t.src)
print(t.timeit(100) > 0, len(t.repeat(3, 10)))
seen = []
def probe():
    seen.append(gc.isenabled())
timeit.timeit(probe, number=3)
print(seen, gc.isenabled())
timeit.timeit('probe()', number=2, globals={'probe': probe})
print(seen)
counter = [0]
def bump():
    counter[0] += 1
timeit.timeit(bump, setup=lambda: counter.append('setup'), number=5)
print(counter)
n, taken = timeit.Timer('pass').autorange()
print(n >= 1, taken >= 0.2)
calls = []
timeit.Timer('sum(range(100))').autorange(lambda number, t: calls.append(number))
print(calls[:3])
print(timeit.timeit('a + b', setup='a = 1; b = 2', number=10) >= 0)
q = queue.Queue(2); q.put(1); q.put(2)
try:
    q.put(3, block=False)
except queue.Full as e:
    print('Full', repr(e))
try:
    q.put(3, timeout=0.01)
except queue.Full as e:
    print('Full', repr(e))
print(q.qsize(), q.full(), q.empty(), q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty as e:
    print('Empty', repr(e), queue.Empty.__mro__)
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
try:
    q.task_done(); q.task_done(); q.task_done()
except ValueError as e:
    print(e)
p = queue.PriorityQueue(); [p.put(x) for x in (3, 1, 2)]; print([p.get() for _ in range(3)])
l = queue.LifoQueue(); [l.put(x) for x in (3, 1, 2)]; print([l.get() for _ in range(3)])
s = queue.SimpleQueue(); s.put(1); print(s.get(), s.empty(), s.qsize())
print(q.maxsize, q.unfinished_tasks, q.queue, type(q.queue))
print(queue.SimpleQueue, queue.Queue, queue.Full.__mro__, queue.Queue[int])
q.join()
jobs = queue.Queue()
for i in range(5):
    jobs.put(i * i)
total = 0
while not jobs.empty():
    total += jobs.get()
    jobs.task_done()
jobs.join()
print(total, jobs.unfinished_tasks)
