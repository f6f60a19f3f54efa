// threading's synchronisation primitives for one thread at a time: Lock, RLock, Condition,
// Semaphore, BoundedSemaphore, Event and Barrier, with CPython 3.11's API, reprs and errors.
// A wait that only another thread could end fails at once through the module's _spend
// (RuntimeError, or the timeout spent); the source is part of THREADING_PY.

/** The primitives' part of the threading module's source. */
export const THREADING_SYNC_PY = String.raw`class Lock:
    '''A primitive lock: acquired by one owner at a time, released by anyone.'''
    __module__ = '_thread'

    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError('timeout value must be a non-negative number')
        if not self._held:
            self._held = True
            return True
        if not blocking:
            return False
        return _spend(None if timeout == -1 else timeout, 'acquiring a held lock')

    def release(self):
        if not self._held:
            raise RuntimeError('release unlocked lock')
        self._held = False

    def locked(self):
        return self._held

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, kind, value, tb):
        self.release()

    def __repr__(self):
        state = 'locked' if self._held else 'unlocked'
        return f'<{state} _thread.lock object at {id(self):#x}>'


class RLock:
    '''A reentrant lock: its owner may acquire it again, and must release it as often.'''
    __module__ = '_thread'

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._count == 0 or self._owner == me:
            self._owner = me
            self._count += 1
            return True
        if not blocking:
            return False
        return _spend(None if timeout == -1 else timeout, 'acquiring an RLock held by another thread')

    __enter__ = acquire

    def release(self):
        if self._count == 0 or self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if self._count == 0:
            self._owner = None

    def __exit__(self, kind, value, tb):
        self.release()

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    def __repr__(self):
        state = 'locked' if self._count else 'unlocked'
        return (f'<{state} _thread.RLock object owner={self._owner or 0} '
                f'count={self._count} at {id(self):#x}>')


class Condition:
    '''A condition variable: wait() until another thread calls notify().'''

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock

    def acquire(self, *args, **kwargs):
        return self._lock.acquire(*args, **kwargs)

    def release(self):
        self._lock.release()

    __enter__ = acquire

    def __exit__(self, kind, value, tb):
        self._lock.release()

    def __repr__(self):
        return f'<Condition({self._lock}, 0)>'

    def _owned(self):
        owned = getattr(self._lock, '_is_owned', None)
        if owned is not None:
            return owned()
        return self._lock.locked()

    def _require_owned(self, verb):
        if not self._owned():
            raise RuntimeError(f'cannot {verb} on un-acquired lock')

    def wait(self, timeout=None):
        self._require_owned('wait')
        return _spend(timeout, 'Condition.wait()')

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if not result:
            self.wait(timeout)
            result = predicate()
        return result

    def notify(self, n=1):
        self._require_owned('notify')

    def notify_all(self):
        self.notify()

    notifyAll = notify_all


class Semaphore:
    '''A counter that acquire() takes one from and release() gives back.'''

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def __repr__(self):
        cls = type(self)
        return (f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: value={self._value}>')

    def acquire(self, blocking=True, timeout=None):
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        return _spend(timeout, 'acquiring a semaphore at zero')

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, kind, value, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    '''A semaphore that may not be released above its initial value.'''

    def __init__(self, value=1):
        super().__init__(value)
        self._bound = value

    def __repr__(self):
        cls = type(self)
        return (f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: '
                f'value={self._value}/{self._bound}>')

    def release(self, n=1):
        if n >= 1 and n + self._value > self._bound:
            raise ValueError('Semaphore released too many times')
        super().release(n)


class Event:
    '''A flag that set() raises, clear() lowers and wait() waits for.'''

    def __init__(self):
        self._flag = False

    def __repr__(self):
        cls = type(self)
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {'set' if self._flag else 'unset'}>"

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        return _spend(timeout, 'Event.wait() on an unset event')


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    '''A barrier for a fixed number of threads; with one thread running at a time, only a
    barrier for one party can be passed.'''

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._broken = False

    def __repr__(self):
        cls = type(self)
        if self._broken:
            return f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>'
        return (f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: '
                f'waiters=0/{self._parties}>')

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        if self._parties == 1:
            if self._action is not None:
                self._action()
            return 0
        self._broken = True
        _spend(self._timeout if timeout is None else timeout, 'Barrier.wait()')
        raise BrokenBarrierError

    def reset(self):
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0

    @property
    def broken(self):
        return self._broken
`;
