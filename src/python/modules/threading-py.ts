// The `threading` module for an interpreter with one thread of execution: a started thread
// runs its target at once, to the end, before start() returns (what CPython's scheduler
// does with a short thread while the starter waits for it to come up). Locks, conditions,
// semaphores and events keep CPython 3.11's API, reprs and errors; a wait that only
// another thread could end raises RuntimeError instead of hanging, and a timed wait passes
// its time and fails, as it would in CPython with no other thread to help.

import { THREADING_SYNC_PY } from './threading-sync-py.js';

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


${THREADING_SYNC_PY}
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
            # A new thread starts in an empty context (once a program uses contextvars).
            known = _sys.modules.get('_contextvars')
            if known is None:
                self.run()
            else:
                known.Context().run(self.run)
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

    def __new__(cls, *a, **k):
        # Set up here, not in __init__: a subclass's __init__ need not call local's.
        if (a or k) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        object.__setattr__(self, '_local__dicts', {get_ident(): object.__getattribute__(self, '__dict__')})
        object.__setattr__(self, '_local__args', (a, k))
        return self

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
    # Shows the calling thread's attributes in the object's one live __dict__: the thread
    # that had it keeps a copy, and a thread seen for the first time starts empty (and runs
    # a subclass's __init__ again, as CPython's local does).
    dicts = object.__getattribute__(obj, '_local__dicts')
    me = get_ident()
    current = object.__getattribute__(obj, '__dict__')
    if dicts.get(me) is current:
        return
    for owner, d in dicts.items():
        if d is current:
            dicts[owner] = dict(current)
            break
    first = me not in dicts
    current.clear()
    current.update(dicts.get(me, ()))
    dicts[me] = current
    if first and type(obj).__init__ is not object.__init__:
        args, kw = object.__getattribute__(obj, '_local__args')
        type(obj).__init__(obj, *args, **kw)


_main = _MainThread()
_running.append(_main)
_alive[_main._ident] = _main
`;
