# threading and concurrent.futures as programs use them: pymm runs a started thread to its
# end before start() returns, so only programs whose output does not depend on interleaving
# are compared here.
import gc
import queue
import sys

c0 = gc.get_count()
import threading  # noqa: E402  (python3's startup has already imported it)

print(gc.get_count() == c0)
from concurrent.futures import ThreadPoolExecutor, as_completed, wait  # noqa: E402

q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
def consumer(out):
    while True:
        item = q.get()
        if item is None:
            break
        out.append(item * 2)
        q.task_done()
out = []
p = threading.Thread(target=producer)
c = threading.Thread(target=consumer, args=(out,))
p.start(); c.start(); p.join(); c.join()
print(out)
cond = threading.Condition()
items = []
with cond:
    items.append(1)
    cond.notify_all()
with cond:
    print(cond.wait_for(lambda: items, timeout=0.1))
print(threading.get_ident() == threading.main_thread().ident)
print(repr(threading.main_thread()).startswith("<_MainThread(MainThread, started "))
print(threading.current_thread().daemon, isinstance(threading.current_thread(), threading.Thread))
counter = {"n": 0}
lk = threading.Lock()
def inc():
    for _ in range(100):
        lk.acquire()
        try:
            counter["n"] += 1
        finally:
            lk.release()
ts = [threading.Thread(target=inc, daemon=True) for _ in range(4)]
[t.start() for t in ts]; [t.join(timeout=1) for t in ts]
print(counter, all(not t.is_alive() for t in ts), ts[0].daemon)
print(lk.acquire(blocking=False), lk.acquire(blocking=False), lk.locked())
lk.release()
print(lk.acquire(timeout=0.01), lk.acquire(timeout=0.01))
print(sys.getrefcount(threading.Thread) > 1, gc.is_tracked(threading.Thread()))
results = []
lock = threading.Lock()
counter = 0

def worker(n):
    global counter
    for _ in range(1000):
        with lock:
            counter += 1
    results.append(n * n)

threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
print(threads[0].name, threads[0].is_alive(), threads[0].daemon)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), counter)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), len(threading.enumerate()))
e = threading.Event()
print(e.is_set(), e.wait(0.01))
e.set(); print(e.wait(), e.is_set())

with ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(pow, 2, i) for i in range(6)]
    print([f.result() for f in futs])
    print(list(ex.map(lambda x: x * 3, range(5))))
    print(sorted(f.result() for f in as_completed(futs)))
    done, not_done = wait(futs)
    print(len(done), len(not_done))
f = ThreadPoolExecutor().submit(int, "x")
print(type(f.exception()).__name__, f.done())
try:
    f.result()
except ValueError as err:
    print("raised", err)

rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
sem = threading.BoundedSemaphore(2)
sem.acquire(); sem.release()
try:
    sem.release()
except ValueError as err:
    print(err)
try:
    threading.Lock().release()
except RuntimeError as err:
    print(err)
try:
    threading.Thread(target=print).join()
except RuntimeError as err:
    print(err)
t = threading.Thread(target=print, args=("x",)); t.start(); t.join()  # (python3 would race the next print)
try:
    t.start()
except RuntimeError as err:
    print(err)
loc = threading.local()
loc.v = 1
def show():
    print(hasattr(loc, "v"))
    loc.v = 2
th = threading.Thread(target=show); th.start(); th.join()
print(loc.v)
tm = threading.Timer(0.01, print, args=("timer fired",)); tm.start(); tm.join()
print(repr(threading.Thread(target=print, name="zz")))
