// asyncio, part tasks: Future, Task, sleep and the task functions (pymm's own Python; asyncio.ts joins the parts).

/** Python source of asyncio: Future, Task, sleep and the task functions. */
export const ASYNCIO_TASKS_PY = String.raw`
# ---- futures and tasks ----

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def _short_repr(value):
    import reprlib
    return reprlib.repr(value)


class Future:
    '''A result that will be set later; awaiting it suspends the task until then.'''
    __module__ = '_asyncio'
    _phase = _PENDING
    _outcome = None
    _error = None
    _loop = None
    _cancel_msg = None
    _cancel_exc = None
    _error_unseen = False
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._done_fns = []

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(self._repr_info())}>"

    def _repr_info(self):
        info = [self._phase.lower()]
        if self._phase == _FINISHED:
            if self._error is not None:
                info.append(f'exception={self._error!r}')
            else:
                info.append(f'result={_short_repr(self._outcome)}')
        if self._done_fns:
            names = [_callback_where(cb, ()) for cb in self._done_fns]
            if len(names) > 2:
                names = [names[0], f'<{len(names) - 2} more>', names[-1]]
            info.append(f"cb=[{', '.join(names)}]")
        return info

    def __del__(self):
        if not self._error_unseen:
            return
        self._loop.call_exception_handler({
            'message': f'{type(self).__name__} exception was never retrieved',
            'exception': self._error, 'future': self})

    def get_loop(self):
        return self._loop

    def _cancel_error(self):
        if self._cancel_exc is not None:
            exc = self._cancel_exc
            self._cancel_exc = None
            return exc
        if self._cancel_msg is None:
            return CancelledError()
        return CancelledError(self._cancel_msg)

    def cancel(self, msg=None):
        self._error_unseen = False
        if self._phase != _PENDING:
            return False
        self._phase = _CANCELLED
        self._cancel_msg = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._done_fns[:]
        if not callbacks:
            return
        self._done_fns[:] = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._phase == _CANCELLED

    def done(self):
        return self._phase != _PENDING

    def result(self):
        if self._phase == _CANCELLED:
            error = self._cancel_error()
        elif self._phase != _FINISHED:
            raise InvalidStateError('Result is not set.')
        else:
            self._error_unseen = False
            error = self._error
            if error is None:
                return self._outcome
        # C's future_result has no frame: this one, left in the error's traceback, must not
        # hold the future or the error, or a failed task and its error would form a cycle.
        self = None
        try:
            raise error
        finally:
            error = None

    def exception(self):
        if self._phase == _CANCELLED:
            raise self._cancel_error()
        if self._phase != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._error_unseen = False
        return self._error

    def add_done_callback(self, fn, *, context=None):
        if self._phase != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._done_fns.append(fn)

    def remove_done_callback(self, fn):
        kept = [cb for cb in self._done_fns if cb != fn]
        removed = len(self._done_fns) - len(kept)
        if removed:
            self._done_fns[:] = kept
        return removed

    def set_result(self, result):
        if self._phase != _PENDING:
            raise InvalidStateError(f'{self._phase}: {self!r}')
        self._outcome = result
        self._phase = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._phase != _PENDING:
            raise InvalidStateError(f'{self._phase}: {self!r}')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._error = exception
        self._phase = _FINISHED
        self._schedule_callbacks()
        self._error_unseen = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            try:
                yield self
            except BaseException:
                # C's FutureIter has no frame: an error thrown in leaves this one holding
                # nothing (the future may hold the error: a cycle otherwise).
                self = None
                raise
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _resolve_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


class Task(Future):
    '''Runs a coroutine on the loop, one step per callback, waiting on what it awaits.'''
    __module__ = '_asyncio'
    _warn_if_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_counter
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            self._warn_if_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        _task_counter += 1  # counted for named tasks too, as _asyncio does
        if name is None:
            name = f'Task-{_task_counter}'
        self._name = str(name)
        self._cancel_pending = False
        self._awaiting = None
        self._coro = coro
        self._cancel_requests = 0
        if context is None:
            # Steps run in a copy of the creator's context (once a program uses contextvars).
            known = _sys.modules.get('_contextvars')
            context = None if known is None else known.copy_context()
        self._context = context
        self._loop.call_soon(self._Task__step)
        _all_tasks.add(self)

    def __repr__(self):
        info = self._repr_info()
        if self._cancel_requests and not self.done():
            info[0] = 'cancelling'
        info.insert(1, f'name={self._name!r}')
        info.insert(2, f'coro=<{_coro_text(self._coro)}>')
        if self._awaiting is not None:
            info.insert(3, f'wait_for={self._awaiting!r}')
        return f"<{type(self).__name__} {' '.join(info)}>"

    def __del__(self):
        if self._phase == _PENDING and self._warn_if_pending:
            self._loop.call_exception_handler(
                {'task': self, 'message': 'Task was destroyed but it is pending!'})
        super().__del__()

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        frame = getattr(self._coro, 'cr_frame', None)
        return [] if frame is None else [frame]

    def cancel(self, msg=None):
        self._error_unseen = False
        if self.done():
            return False
        self._cancel_requests += 1
        if self._awaiting is not None and self._awaiting.cancel(msg=msg):
            return True
        self._cancel_pending = True
        self._cancel_msg = msg
        return True

    def cancelling(self):
        return self._cancel_requests

    def uncancel(self):
        if self._cancel_requests > 0:
            self._cancel_requests -= 1
        return self._cancel_requests

    def __step(self, exc=None):
        global _current
        if self._context is not None and _sys.modules['_contextvars']._now is not self._context:
            return self._context.run(self._Task__step, exc)
        if self.done():
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._cancel_pending:
            if not isinstance(exc, CancelledError):
                exc = self._cancel_error()
            self._cancel_pending = False
        self._awaiting = None
        outer = _current
        _current = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            if self._cancel_pending:
                self._cancel_pending = False
                Future.cancel(self, msg=self._cancel_msg)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            # C's task_step has no frame: the traceback kept starts at the coroutine's frame
            # (this frame would tie the task to the event loop's frames in a cycle).
            self._cancel_exc = cancelled.with_traceback(cancelled.__traceback__.tb_next)
            Future.cancel(self)
        except _FATAL as fatal:
            Future.set_exception(self, fatal)
            raise
        except BaseException as error:
            Future.set_exception(self, error.with_traceback(error.__traceback__.tb_next))
        else:
            self._wait_on(result)
        finally:
            _current = outer
            # The exception thrown in is in its own traceback's frames (this one included):
            # C's task_step holds no frame, so neither this one nor the task may stay in a cycle.
            self = exc = None

    def _wait_on(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if result.get_loop() is not self._loop:
                problem = RuntimeError(f'Task {self!r} got Future {result!r} attached to a different loop')
            elif not blocking:
                problem = RuntimeError(f'yield was used instead of yield from in task {self!r} with {result!r}')
            elif result is self:
                problem = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self._Task__wakeup)
                self._awaiting = result
                if self._cancel_pending and self._awaiting.cancel(msg=self._cancel_msg):
                    self._cancel_pending = False
                return
        elif result is None:
            self._loop.call_soon(self._Task__step)
            return
        elif type(result) is _GeneratorType:
            problem = RuntimeError(
                f'yield was used instead of yield from for generator in task {self!r} with {result!r}')
        else:
            problem = RuntimeError(f'Task got bad yield: {result!r}')
        self._loop.call_soon(self._Task__step, problem)

    def __wakeup(self, future):
        # C's task_wakeup has no frame: this one, left in the error's traceback, drops the
        # future (which holds the error) before the error goes on.
        try:
            future.result()
        except BaseException as error:
            future = None
            self._Task__step(error)
        else:
            future = None
            self._Task__step()
        self = None


_current = None
_all_tasks = _wr.WeakSet()
Task._Task__wakeup.__qualname__ = 'Task.task_wakeup'  # _asyncio's name for it
Task._Task__step.__qualname__ = 'Task.task_step'


def _coro_text(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    frame = getattr(coro, 'cr_frame', None)
    if frame is None:
        frame = getattr(coro, 'gi_frame', None)
    if code is None:
        return f'{name}()'
    if frame is not None:
        return f'{name}() running at {code.co_filename}:{frame.f_lineno}'
    return f'{name}() done, defined at {code.co_filename}:{code.co_firstlineno}'


def current_task(loop=None):
    '''The task running now, or None.'''
    if loop is None:
        loop = get_running_loop()
    return _current if _current is not None and _current._loop is loop else None


def all_tasks(loop=None):
    '''The loop's tasks that are not done yet.'''
    if loop is None:
        loop = get_running_loop()
    return {t for t in list(_all_tasks) if t._loop is loop and not t.done()}


def create_task(coro, *, name=None, context=None):
    '''Schedules coro as a Task of the running loop.'''
    return get_running_loop().create_task(coro, name=name, context=context)


def ensure_future(coro_or_future, *, loop=None):
    '''A future as it is; a coroutine or an awaitable wrapped in a Task.'''
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return coro_or_future
    if not iscoroutine(coro_or_future):
        if hasattr(type(coro_or_future), '__await__'):
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(coro_or_future)


async def _wrap_awaitable(awaitable):
    return await awaitable


@__import__('types').coroutine
def _yield_once():
    yield


async def sleep(delay, result=None):
    '''Suspends the task for delay seconds (one loop iteration for 0), then returns result.'''
    if delay <= 0:
        await _yield_once()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, _resolve_unless_cancelled, future, result)
    try:
        return await future
    finally:
        timer.cancel()
`;
