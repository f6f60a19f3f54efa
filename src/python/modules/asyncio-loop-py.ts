// asyncio, part loop: the event loop, its handles and the loop functions (pymm's own Python; asyncio.ts joins the parts).

/** Python source of asyncio: the event loop, its handles and the loop functions. */
export const ASYNCIO_LOOP_PY = String.raw`'''asyncio for pymm: one thread, one event loop, no I/O. Callbacks run in the order CPython's
loop runs them (a FIFO ready queue; timers by deadline on time.monotonic()), so programs
that print from interleaved tasks print what CPython prints.'''
import heapq as _heapq
import sys as _sys
import time as _time
import weakref as _wr
from collections import deque as _Deque

__all__ = [
    'run', 'Runner', 'sleep', 'create_task', 'ensure_future', 'gather', 'wait', 'wait_for',
    'timeout', 'timeout_at', 'Timeout', 'as_completed', 'shield', 'Task', 'Future', 'Event',
    'Lock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Queue', 'PriorityQueue',
    'LifoQueue', 'QueueEmpty', 'QueueFull', 'get_event_loop', 'get_running_loop',
    'new_event_loop', 'set_event_loop', 'current_task', 'all_tasks', 'iscoroutine',
    'iscoroutinefunction', 'isfuture', 'CancelledError', 'InvalidStateError', 'TimeoutError',
    'TaskGroup', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'AbstractEventLoop',
    'Handle', 'TimerHandle', 'run_coroutine_threadsafe', 'to_thread',
]

# What wait() waits for (the same strings as concurrent.futures').
FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED = 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED'
# Errors a callback raises that stop the loop rather than go to the exception handler.
_FATAL = (SystemExit, KeyboardInterrupt)


class CancelledError(BaseException):
    '''The Future or Task was cancelled.'''
    __module__ = 'asyncio.exceptions'


class InvalidStateError(Exception):
    '''The operation is not allowed in this state.'''
    __module__ = 'asyncio.exceptions'


TimeoutError = TimeoutError


class QueueEmpty(Exception):
    '''get_nowait() on an empty queue.'''
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    '''put_nowait() on a full queue.'''
    __module__ = 'asyncio.queues'


def iscoroutine(obj):
    '''Whether obj is a coroutine: a native one, or any object with the methods of
    collections.abc.Coroutine (__await__, send, throw, close).'''
    t = type(obj)
    if t is _CoroutineType or t in _coroutine_types:
        return True
    if all(hasattr(t, name) for name in ('__await__', 'send', 'throw', 'close')):
        _coroutine_types.add(t)
        return True
    return False


_coroutine_types = set()


def iscoroutinefunction(func):
    '''Whether func is an async def function (or marked with types.coroutine).'''
    code = getattr(getattr(func, '__func__', func), '__code__', None)
    return code is not None and bool(code.co_flags & 0x180)


def isfuture(obj):
    '''Whether obj is a Future-like object (duck-typed as asyncio does).'''
    return (hasattr(obj.__class__, '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


async def _specimen():
    pass


def _gen_specimen():
    yield


_c = _specimen()
_CoroutineType = type(_c)
_c.close()
_GeneratorType = type(_gen_specimen())
del _c


# ---- handles and the loop ----

class Handle:
    '''A callback with its arguments, waiting in the loop's ready queue.'''
    __slots__ = ('_fn', '_fn_args', '_cancelled', '_loop', '__weakref__')
    __module__ = 'asyncio.events'

    def __init__(self, callback, args, loop, context=None):
        self._fn = callback
        self._fn_args = args
        self._cancelled = False
        self._loop = loop

    def __repr__(self):
        state = ' cancelled' if self._cancelled else ''
        return f'<{type(self).__name__}{state} {_callback_where(self._fn, self._fn_args)}>'

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._fn = self._fn_args = None

    def cancelled(self):
        return self._cancelled

    def get_context(self):
        return None

    def _run(self):
        try:
            self._fn(*self._fn_args)
        except _FATAL:
            raise
        except BaseException as error:
            where = _callback_where(self._fn, self._fn_args)
            self._loop.call_exception_handler(
                {'message': f'Exception in callback {where}', 'exception': error, 'handle': self})
        self = None


class TimerHandle(Handle):
    '''A callback due at a time of the loop's clock (kept in whole nanoseconds, so that
    deadlines equal in decimal are equal, and the earlier scheduled runs first).'''
    __slots__ = ('_when_ns', '_seq', '_scheduled')
    __module__ = 'asyncio.events'

    def __init__(self, when_ns, seq, callback, args, loop, context=None):
        super().__init__(callback, args, loop)
        self._when_ns = when_ns
        self._seq = seq
        self._scheduled = False

    def __lt__(self, other):
        return (self._when_ns, self._seq) < (other._when_ns, other._seq)

    def when(self):
        return self._loop._epoch + self._when_ns / 1e9

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_cancelled()
        super().cancel()


def _callback_text(callback, args, kwargs=None, suffix=''):
    # What a callback looks like in reprs: qualname(args), unwrapping functools.partial,
    # then ' at file:line' for a Python function (asyncio's own show no location).
    import functools
    if isinstance(callback, functools.partial):
        suffix = _args_text(args, kwargs) + suffix
        return _callback_text(callback.func, callback.args, callback.keywords, suffix)
    name = getattr(callback, '__qualname__', None) or getattr(callback, '__name__', None)
    return (repr(callback) if not name else name) + _args_text(args, kwargs) + suffix


def _args_text(args, kwargs):
    import reprlib
    shown = [reprlib.repr(a) for a in args or ()]
    shown += [f'{k}={reprlib.repr(v)}' for k, v in (kwargs or {}).items()]
    return '(' + ', '.join(shown) + ')'


def _callback_where(callback, args):
    text = _callback_text(callback, args)
    import functools
    while isinstance(callback, functools.partial):
        callback = callback.func
    code = getattr(callback, '__code__', None) if type(callback).__name__ == 'function' else None
    if code is not None and not code.co_filename.startswith('<frozen'):
        text += f' at {code.co_filename}:{code.co_firstlineno}'
    return text


_running = None
_current_loop = None
_loop_was_set = False
_task_counter = 0


class AbstractEventLoop:
    '''The interface of event loops.'''
    __module__ = 'asyncio.events'


class BaseEventLoop(AbstractEventLoop):
    '''A single-threaded loop: ready callbacks first in, first out, then due timers.'''
    __module__ = 'asyncio.base_events'

    def __init__(self):
        # The clock: time passes only while the loop waits for its next timer and while
        # the program blocks in time.sleep(), never while callbacks compute, so the order
        # of wake-ups is the one CPython shows for programs whose waits dwarf their work.
        self._epoch = _time.monotonic()
        self._idle_ns = 0
        self._slept_at_start = _slept_ns()
        self._runnable = _Deque()
        self._timers = []
        self._timer_seq = 0
        self._cancelled_timers = 0
        self._stopping = False
        self._closed = False
        self._thread_running = False
        self._error_handler = None
        self._debug = False
        self._factory = None
        self._agens = _wr.WeakSet()
        self._agens_closed = False

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self._closed} debug={self._debug}>')

    # time and scheduling
    def _now_ns(self):
        return self._idle_ns + _slept_ns() - self._slept_at_start

    def time(self):
        return self._epoch + self._now_ns() / 1e9

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._runnable.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self._call_at_ns(self._now_ns() + round(delay * 1e9), callback, args)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        return self._call_at_ns(round((when - self._epoch) * 1e9), callback, args)

    def _call_at_ns(self, when_ns, callback, args):
        self._check_closed()
        self._timer_seq += 1
        timer = TimerHandle(when_ns, self._timer_seq, callback, args, self)
        _heapq.heappush(self._timers, timer)
        timer._scheduled = True
        return timer

    def _timer_cancelled(self):
        self._cancelled_timers += 1

    # futures and tasks
    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._factory is None:
            task = Task(coro, loop=self, name=name, context=context)
        else:
            task = self._factory(self, coro)
            if name is not None:
                task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._factory = factory

    def get_task_factory(self):
        return self._factory

    # running
    def is_running(self):
        return self._thread_running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_not_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _running is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        global _running
        self._check_closed()
        self._check_not_running()
        self._thread_running = True
        _running = self
        old_hooks = _sys.get_asyncgen_hooks()
        _sys.set_asyncgen_hooks(firstiter=self._agen_first_use,
                                finalizer=self._agen_collected)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_running = False
            _running = None
            _sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_not_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            future._warn_if_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._runnable.clear()
        self._timers.clear()

    def _run_once(self):
        timers = self._timers
        if self._cancelled_timers > 100 and self._cancelled_timers * 2 > len(timers):
            kept = [t for t in timers if not t._cancelled]
            for t in timers:
                if t._cancelled:
                    t._scheduled = False
            heapq_list = kept
            _heapq.heapify(heapq_list)
            self._timers = timers = heapq_list
            self._cancelled_timers = 0
        else:
            while timers and timers[0]._cancelled:
                self._cancelled_timers -= 1
                _heapq.heappop(timers)._scheduled = False
        if not self._runnable and not self._stopping:
            if not timers:
                raise RuntimeError('pymm: the event loop has nothing left to wait for '
                                   '(no callback is ready and no timer is set)')
            gap = timers[0]._when_ns - self._now_ns()
            if gap > 0:
                _idle_sleep(gap / 1e9)
                self._idle_ns += gap
        now = self._now_ns()
        while timers and timers[0]._when_ns <= now:
            timer = _heapq.heappop(timers)
            timer._scheduled = False
            self._runnable.append(timer)
        ready = self._runnable
        for _ in range(len(ready)):
            handle = ready.popleft()
            if not handle._cancelled:
                handle._run()
        handle = None

    # errors
    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._error_handler = handler

    def get_exception_handler(self):
        return self._error_handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append(f'{key}: {context[key]!r}')
        text = '\n'.join(lines)
        exc = context.get('exception')
        if exc is not None:
            import traceback
            text += '\n' + ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip('\n')
        _sys.stderr.write(text + '\n')

    def call_exception_handler(self, context):
        if self._error_handler is None:
            try:
                self.default_exception_handler(context)
            except _FATAL:
                raise
            except BaseException:
                pass
        else:
            try:
                self._error_handler(self, context)
            except _FATAL:
                raise
            except BaseException as error:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': error, 'context': context})
                except _FATAL:
                    raise
                except BaseException:
                    pass

    # async generators
    def _agen_first_use(self, agen):
        self._agens.add(agen)

    def _agen_collected(self, agen):
        self._agens.discard(agen)
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        self._agens_closed = True
        if not len(self._agens):
            return
        closing = list(self._agens)
        self._agens.clear()
        results = await gather(*[ag.aclose() for ag in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result, 'asyncgen': agen})

    async def shutdown_default_executor(self, timeout=None):
        pass

    def run_in_executor(self, executor, func, *args):
        # No threads: the function runs now, its outcome in a finished future.
        fut = self.create_future()
        try:
            fut.set_result(func(*args))
        except _FATAL:
            raise
        except BaseException as error:
            fut.set_exception(error)
        return fut


class _UnixSelectorEventLoop(BaseEventLoop):
    __module__ = 'asyncio.unix_events'


def _run_until_complete_cb(fut):
    fut.get_loop().stop()


def new_event_loop():
    '''A new event loop.'''
    return _UnixSelectorEventLoop()


def set_event_loop(loop):
    '''Makes loop the current event loop of this (the only) thread.'''
    global _current_loop, _loop_was_set
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
    _loop_was_set = True
    _current_loop = loop


def get_running_loop():
    '''The running event loop; RuntimeError outside one.'''
    if _running is None:
        raise RuntimeError('no running event loop')
    return _running


def _get_running_loop():
    return _running


def get_event_loop():
    '''The running loop, else the current one (made on first use).'''
    global _current_loop
    if _running is not None:
        return _running
    if _current_loop is None:
        if _loop_was_set:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        set_event_loop(new_event_loop())
    return _current_loop
`;
