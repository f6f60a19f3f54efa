# _thread: locks, identifiers and start_new_thread with the one-thread model's results.
import _thread
import threading

lock = _thread.allocate_lock()
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False), lock.locked())
lock.release()
print(lock.locked(), isinstance(lock, _thread.LockType))
with lock:
    print('inside', lock.locked())
try:
    lock.release()
except _thread.error as e:
    print(type(e).__name__, e)
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX, _thread.get_ident() == threading.get_ident())
r = _thread.RLock()
print(r.acquire(), r.acquire(), r.release(), r.release())

results = []
done = _thread.allocate_lock()


def work(a, b=0, *, tag=''):
    results.append((a + b, tag, _thread.get_ident() != threading.main_thread().ident))
    done.release()


# The usual pattern: the starter waits on a lock the thread releases.
done.acquire()
ident = _thread.start_new_thread(work, (1,), {'b': 2, 'tag': 'x'})
done.acquire()
print(isinstance(ident, int), results)
_thread.start_new_thread(work, (5,))
done.acquire()
print(results)


def quitter():
    results.append('before exit')
    done.release()
    _thread.exit()


_thread.start_new_thread(quitter, ())
done.acquire()
print(results)
for bad in [lambda: _thread.start_new_thread(work, [1]), lambda: _thread.start_new_thread(work, (1,), []),
            lambda: _thread.start_new_thread(5, ())]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    _thread.exit()
except SystemExit as e:
    print('SystemExit', e.args)
