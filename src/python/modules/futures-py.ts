// `concurrent.futures` over pymm's threading: a ThreadPoolExecutor runs each submitted call
// at once, in a worker Thread of its own name, and hands back a finished Future; the
// module-level wait() and as_completed() therefore find every future done. ProcessPoolExecutor
// exists, as in CPython, but cannot start processes here.

/** Source of the `concurrent` package (empty, as CPython's). */
export const CONCURRENT_PY = String.raw`
__path__ = []
`;

/** Source of concurrent.futures, run in the module's namespace. */
export const FUTURES_PY = String.raw`
'''Futures and executors, with CPython 3.11's API; calls run when they are submitted.'''
import threading as _th
from collections import namedtuple
from itertools import count as _count

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ProcessPoolExecutor', 'ThreadPoolExecutor', 'InvalidStateError')

for _name in ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED'):
    globals()[_name] = _name

_PENDING, _RUNNING, _CANCELLED, _FINISHED = 'PENDING', 'RUNNING', 'CANCELLED', 'FINISHED'
_CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'


class Error(Exception):
    '''Base class for all future-related exceptions.'''
    __module__ = 'concurrent.futures._base'


class CancelledError(Error):
    '''The Future was cancelled.'''
    __module__ = 'concurrent.futures._base'


globals()['TimeoutError'] = TimeoutError   # the built-in one, as in 3.11


class InvalidStateError(Error):
    '''The operation is not allowed in this state.'''
    __module__ = 'concurrent.futures._base'


class BrokenExecutor(RuntimeError):
    '''The executor can no longer be used.'''
    __module__ = 'concurrent.futures._base'


class Future:
    '''The result of a call: pending, running, cancelled or finished.'''
    __module__ = 'concurrent.futures._base'

    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []

    def __repr__(self):
        where = f'<Future at {id(self):#x} state={self._state.lower()}'
        if self._state == _FINISHED:
            if self._exception is not None:
                return f'{where} raised {type(self._exception).__name__}>'
            return f'{where} returned {type(self._result).__name__}>'
        return where + '>'

    def _run_callbacks(self):
        for fn in self._callbacks:
            try:
                fn(self)
            except Exception:
                import logging
                logging.getLogger('concurrent.futures').exception(
                    'exception calling callback for %r', self)
        self._callbacks = []

    def cancel(self):
        '''Cancel the call if it has not started; True if it is (now) cancelled.'''
        if self._state in (_RUNNING, _FINISHED):
            return False
        if self._state not in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
            self._state = _CANCELLED
            self._run_callbacks()
        return True

    def cancelled(self):
        return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED)

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED)

    def _settled(self, timeout):
        if self.cancelled():
            raise CancelledError()
        if not self._state == _FINISHED:
            if timeout is None:
                raise RuntimeError('pymm: Future.result() would wait forever: '
                                   'nothing is left to run it')
            _th._spend(timeout, 'Future.result()')
            raise TimeoutError()

    def result(self, timeout=None):
        '''The call's return value; re-raises what it raised.'''
        self._settled(timeout)
        failure = self._exception
        if failure is None:
            return self._result
        try:
            raise failure
        finally:
            failure = None

    def exception(self, timeout=None):
        '''What the call raised, or None.'''
        self._settled(timeout)
        return self._exception

    def add_done_callback(self, fn):
        '''Call fn(future) when the future is done (at once if it already is).'''
        if not self.done():
            self._callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            import logging
            logging.getLogger('concurrent.futures').exception(
                'exception calling callback for %r', self)

    def set_running_or_notify_cancel(self):
        now = self._state
        if now not in (_CANCELLED, _PENDING):
            raise RuntimeError('Future in unexpected state')
        self._state = _RUNNING if now == _PENDING else _CANCELLED_AND_NOTIFIED
        return now == _PENDING

    def _finish(self, value, failure):
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._result, self._exception, self._state = value, failure, _FINISHED
        self._run_callbacks()

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)

    __class_getitem__ = classmethod(lambda cls, item: cls)


class Executor:
    '''Base class of executors: submit() calls, map() over iterables, shutdown().'''
    __module__ = 'concurrent.futures._base'

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        '''Like map(fn, *iterables), the calls made now, the results given in order.'''
        futures = [self.submit(fn, *row) for row in zip(*iterables)]

        def results():
            try:
                futures.reverse()
                while futures:
                    yield futures.pop().result()
            finally:
                for f in futures:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        '''Refuse new calls (the submitted ones have all run).'''

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    '''Runs each call in a worker thread (named like CPython's), at once.'''
    __module__ = 'concurrent.futures.thread'
    _counter = _count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = 5
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if not (initializer is None or callable(initializer)):
            raise TypeError('initializer must be a callable')
        self._limit = max_workers
        self._prefix = thread_name_prefix or f'ThreadPoolExecutor-{self._counter()}'
        self._init = (initializer, initargs)
        self._submitted = 0
        self._shutdown = False
        self._broken = False

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenExecutor(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        future = Future()
        # Workers are made one per call up to max_workers, then taken in turn.
        worker = self._submitted % self._limit
        first_use = self._submitted < self._limit
        self._submitted += 1
        future.set_running_or_notify_cancel()

        def work():
            init, init_args = self._init
            if init is not None and first_use:
                try:
                    init(*init_args)
                except BaseException:
                    self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
                    future.set_exception(BrokenExecutor(self._broken))
                    return
            try:
                value = fn(*args, **kwargs)
            except BaseException as failure:
                future.set_exception(failure)
            else:
                future.set_result(value)
        _th.Thread(name=f'{self._prefix}_{worker}', target=work).start()
        return future

    def shutdown(self, wait=True, *, cancel_futures=False):
        '''Refuse new calls from now on.'''
        self._shutdown = True


class ProcessPoolExecutor(Executor):
    '''Would run calls in other processes, which pymm cannot start.'''
    __module__ = 'concurrent.futures.process'

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        raise NotImplementedError('pymm: ProcessPoolExecutor needs processes, which '
                                  'programs run by pymm cannot start')


DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done')
del namedtuple


def wait(fs, timeout=None, return_when='ALL_COMPLETED'):
    '''Split fs into the done and the not done futures (all are done here).'''
    every = set(fs)
    finished = {f for f in every if f.done()}
    return DoneAndNotDoneFutures(finished, every - finished)


def as_completed(fs, timeout=None):
    '''The futures of fs, each once, as they complete.'''
    seen = set()
    pending = []
    for f in fs:
        if f not in seen:
            seen.add(f)
            pending.append(f)
    for f in pending:
        if not f.done():
            raise TimeoutError(f'{len(pending)} (of {len(pending)}) futures unfinished')
        yield f
`;
