// The `threading` module for an interpreter with one thread of execution: a started thread
// runs its target at once, to the end, before start() returns (what CPython's scheduler
// does with a short thread while the starter waits for it to come up). Locks, conditions,
// semaphores and events keep CPython 3.11's API, reprs and errors; a wait that only
// another thread could end raises RuntimeError instead of hanging, and a timed wait passes
// its time and fails, as it would in CPython with no other thread to help.

/** Source of the threading module, run in the module's namespace. */
export const THREADING_PY = String.raw`
'''Threads, locks, conditions, semaphores, events and timers, with CPython 3.11's API.

pymm runs one thread at a time: Thread.start() runs the thread to its end before it returns.
'''
import sys as _sys
import time as _time
from itertools import count as _count

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError
_MAIN_IDENT = 140000000000000
_next_ident = _count(_MAIN_IDENT + 4096, 4096).__next__
_next_name = _count(1).__next__
_running = []          # the threads now running, innermost last (the main thread first)
_alive = {}            # ident -> thread, for enumerate() and active_count()
_trace_hook = None
_profile_hook = None


def _never(what):
    raise RuntimeError(f'pymm: {what} would wait forever: threads run one at a time, '
                       'each to its end when started, so no other thread can wake it')


def _spend(timeout, what):
    # A timed wait that nothing can end: its time passes, and it fails.
    if timeout is None or timeout < 0:
        _never(what)
    if timeout > TIMEOUT_MAX:
        raise OverflowError('timeout value is too large')
    _time.sleep(timeout)
    return False


def get_ident():
    '''Return a non-zero integer that identifies the current thread.'''
    return _running[-1]._ident


def get_native_id():
    '''Return the native integral thread ID of the current thread.'''
    return _running[-1]._native_id


def current_thread():
    '''Return the Thread object of the caller's thread of control.'''
    return _running[-1]


def main_thread():
    '''Return the main Thread object.'''
    return _main


def active_count():
    '''Return the number of Thread objects currently alive.'''
    return len(_alive)


def enumerate():
    '''Return a list of all Thread objects currently alive.'''
    return list(_alive.values())


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError('size not valid: %d bytes' % size)
    return 0


class Lock:
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

    def wait(self, timeout=None):
        if not self._owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        return _spend(timeout, 'Condition.wait()')

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if not result:
            self.wait(timeout)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._owned():
            raise RuntimeError('cannot notify on un-acquired lock')

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
        if n < 1:
            raise ValueError('n must be one or more')
        if n + self._value > self._bound:
            raise ValueError('Semaphore released too many times')
        self._value += n


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


class ExceptHookArgs(tuple):
    '''What excepthook receives: exc_type, exc_value, exc_traceback, thread.'''
    __module__ = '_thread'
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, args):
        return super().__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ('_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)'
                % tuple(self))


def excepthook(args, /):
    '''Print an exception a thread did not catch, as CPython's default hook does.'''
    if args.exc_type is SystemExit:
        return
    import traceback
    out = _sys.stderr
    if out is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    out.write(f'Exception in thread {name}:\n')
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=out)
    out.flush()


__excepthook__ = excepthook


class Thread:
    '''A thread of control: pass a target or override run(); start() runs it.'''
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError('group argument must be None for now')
        if name is None:
            name = f'Thread-{_next_name()}'
            if target is not None:
                try:
                    name += f' ({target.__name__})'
                except AttributeError:
                    pass
        else:
            name = str(name)
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        if daemon is None:
            daemon = current_thread().daemon if _running else False
        self._daemonic = daemon
        self._ident = None
        self._native_id = None
        self._started = False
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        status = 'initial'
        if self._started:
            status = 'started'
        if self._is_stopped:
            status = 'stopped'
        parts = [status] + ['daemon'] * self._daemonic + [str(self._ident)] * (self._ident is not None)
        return f"<{type(self).__name__}({self._name}, {' '.join(parts)})>"

    def start(self):
        '''Start the thread: here, run it to its end before returning.'''
        self._need_init('thread.__init__() not called')
        if self._started:
            raise RuntimeError('threads can only be started once')
        self._started = True
        self._ident = _next_ident()
        self._native_id = self._ident % 1000000
        _alive[self._ident] = self
        _running.append(self)
        try:
            self._bootstrap_inner()
        finally:
            _running.pop()
            self._is_stopped = True
            del _alive[self._ident]

    def _bootstrap_inner(self):
        try:
            self.run()
        except BaseException as failure:
            excepthook(ExceptHookArgs((type(failure), failure, failure.__traceback__, self)))

    def _need_init(self, message):
        if not self._initialized:
            raise RuntimeError(message)

    def run(self):
        '''What the thread does: call the target with the given arguments.'''
        target, args, kwargs = self._target, self._args, self._kwargs
        try:
            if target is not None:
                target(*args, **kwargs)
        finally:
            self._target = self._args = self._kwargs = None

    def join(self, timeout=None):
        '''Wait until the thread ends (a started thread here has already ended).'''
        self._need_init('Thread.__init__() not called')
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if current_thread() is self:
            raise RuntimeError('cannot join current thread')

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        '''True from the moment start() begins running the thread until run() ends.'''
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        self._need_init('Thread.__init__() not called')
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = value

    def isDaemon(self):
        return self._daemonic

    def setDaemon(self, value):
        self.daemon = value

    def getName(self):
        return self._name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started = True
        self._ident = _MAIN_IDENT
        self._native_id = _MAIN_IDENT % 1000000


class Timer(Thread):
    '''Call a function after a number of seconds (here: start() waits, then calls it).'''

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        '''Stop the timer if it has not run yet.'''
        self.finished.set()

    def run(self):
        for step in ('wait', 'call'):
            if self.finished.is_set():
                break
            if step == 'wait':
                _time.sleep(self.interval)
            else:
                self.function(*self.args, **self.kwargs)
        self.finished.set()


class local:
    '''Thread-local data: each thread sees its own attributes.'''
    __slots__ = ('_local__dicts', '_local__args', '__dict__', '__weakref__')

    def __init__(self, *a, **k):
        if (a or k) and type(self).__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        object.__setattr__(self, '_local__dicts', {get_ident(): object.__getattribute__(self, '__dict__')})
        object.__setattr__(self, '_local__args', (a, k))

    def __getattribute__(self, attr):
        if attr not in ('_local__dicts', '_local__args', '__class__'):
            _local_switch(self)
        return object.__getattribute__(self, attr)

    def __setattr__(self, attr, val):
        _local_check(self, attr)
        object.__setattr__(self, attr, val)

    def __delattr__(self, attr):
        _local_check(self, attr)
        object.__delattr__(self, attr)


def _local_check(obj, attr):
    if attr == '__dict__':
        raise AttributeError("%r object attribute '__dict__' is read-only" % type(obj).__name__)
    _local_switch(obj)


def _local_switch(obj):
    # Shows the calling thread's attributes: each thread gets its own dict, made (and
    # __init__ run again) the first time that thread touches the object.
    dicts = object.__getattribute__(obj, '_local__dicts')
    me = get_ident()
    mine = dicts.get(me)
    if mine is None:
        current = object.__getattribute__(obj, '__dict__')
        owner = next((k for k, v in dicts.items() if v is current), None)
        if owner is not None:
            dicts[owner] = dict(current)
        current.clear()
        dicts[me] = current
        args, kw = object.__getattribute__(obj, '_local__args')
        if type(obj).__init__ is not local.__init__:
            type(obj).__init__(obj, *args, **kw)
        return
    current = object.__getattribute__(obj, '__dict__')
    if mine is not current:
        owner = next((k for k, v in dicts.items() if v is current), None)
        if owner is not None:
            dicts[owner] = dict(current)
        current.clear()
        current.update(mine)
        dicts[me] = current


_main = _MainThread()
_running.append(_main)
_alive[_main._ident] = _main
`;
