// asyncio, part combine: run, gather, wait, wait_for, as_completed, shield and timeouts (pymm's own Python; asyncio.ts joins the parts).

/** Python source of asyncio: run, gather, wait, wait_for, as_completed, shield and timeouts. */
export const ASYNCIO_COMBINE_PY = String.raw`
# ---- running, combining and timing out ----

class Runner:
    '''A context manager owning one event loop: run() runs coroutines on it.'''
    __module__ = 'asyncio.runners'

    def __init__(self, *, debug=None, loop_factory=None):
        self._loop = None
        self._debug = debug
        self._factory = loop_factory
        self._phase = 'created'

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, *_):
        self.close()

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def _lazy_init(self):
        if self._phase == 'closed':
            raise RuntimeError('Runner is closed')
        if self._phase == 'initialized':
            return
        if self._factory is None:
            self._loop = new_event_loop()
            set_event_loop(self._loop)
        else:
            self._loop = self._factory()
        if self._debug is not None:  # None: leave the loop's own setting
            self._loop.set_debug(bool(self._debug))
        self._phase = 'initialized'

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if _running is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        loop = self._loop
        return loop.run_until_complete(loop.create_task(coro, context=context))

    def close(self):
        if self._phase != 'initialized':
            return
        loop = self._loop
        try:
            _cancel_leftovers(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._factory is None:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._phase = 'closed'


def _cancel_leftovers(loop):
    pending = all_tasks(loop)
    if not pending:
        return
    pending = sorted(pending, key=lambda t: _task_order(t))
    for task in pending:
        task.cancel()
    loop.run_until_complete(gather(*pending, return_exceptions=True))
    for task in pending:
        if not task.cancelled() and task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(), 'task': task})


def _task_order(task):
    name = task.get_name()
    return int(name[5:]) if name.startswith('Task-') and name[5:].isdigit() else 0


def run(main, *, debug=None):
    '''Runs the coroutine main on a new event loop and returns its result.'''
    if _running is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as owner:
        return owner.run(main)


class _GatheringFuture(Future):
    __module__ = 'asyncio.tasks'

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._kids = children
        self._cancel_asked = False

    def cancel(self, msg=None):
        if self.done():
            return False
        any_cancelled = False
        for child in self._kids:
            if child.cancel(msg):
                any_cancelled = True
        if any_cancelled:
            self._cancel_asked = True
        return any_cancelled


def gather(*aws, return_exceptions=False):
    '''A future of the list of the awaitables' results, in order.'''
    if not aws:
        outer = get_event_loop().create_future()
        outer.set_result([])
        return outer
    children = []
    by_arg = {}
    loop = None
    outer = None
    state = {'finished': 0}

    def child_done(fut):
        state['finished'] += 1
        if outer is None or outer.done():  # too late: just mark the error seen
            if not fut.cancelled():
                fut.exception()
            return
        if return_exceptions is False or not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._cancel_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['finished'] == len(by_arg):
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_msg
                    results.append(CancelledError('' if msg is None else msg))
                else:
                    exc = child.exception()
                    results.append(child.result() if exc is None else exc)
            if outer._cancel_asked:
                outer.set_exception(fut._cancel_error())
            else:
                outer.set_result(results)

    child_done.__qualname__ = 'gather.<locals>._done_callback'
    for aw in aws:
        if aw in by_arg:
            fut = by_arg[aw]
        else:
            fut = ensure_future(aw, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            if fut is not aw:
                fut._warn_if_pending = False
            by_arg[aw] = fut
            fut.add_done_callback(child_done)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)  # child_done sees it from here on
    return outer


def shield(arg):
    '''A future that cancelling does not pass on to arg.'''
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():  # the inner error is seen: no log
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner._outcome)

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


def _wake_gate(gate, *args):
    if not gate.done():
        gate.set_result(None)


async def _cancel_and_wait(fut):
    loop = get_running_loop()
    gate = loop.create_future()
    release = lambda f: _wake_gate(gate)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await gate
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    '''Awaits fut; cancels it and raises TimeoutError after timeout seconds.'''
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    gate = loop.create_future()
    timer = loop.call_later(timeout, _wake_gate, gate)
    release = lambda f: _wake_gate(gate)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await gate
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    '''Waits for the futures or tasks in fs; returns the sets (done, pending).'''
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = get_running_loop()
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        import warnings
        warnings.warn('The explicit passing of coroutine objects to asyncio.wait() is '
                      'deprecated since Python 3.8, and scheduled for removal in Python 3.11.',
                      DeprecationWarning, stacklevel=2)
    fs = {ensure_future(f, loop=loop) for f in fs}
    gate = loop.create_future()
    timer = None if timeout is None else loop.call_later(timeout, _wake_gate, gate)
    left = [len(fs)]

    def one_done(f):
        left[0] -= 1
        if (left[0] <= 0 or return_when == FIRST_COMPLETED
                or return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None):
            if timer is not None:
                timer.cancel()
            if not gate.done():
                gate.set_result(None)

    for f in fs:
        f.add_done_callback(one_done)
    try:
        await gate
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(one_done)
    finished = {f for f in fs if f.done()}
    return finished, fs - finished


def as_completed(fs, *, timeout=None):
    '''Coroutines to await, in turn, for the results of fs in the order they complete.'''
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    finished = Queue()
    loop = get_event_loop()
    todo = set(ensure_future(f, loop=loop) for f in set(fs))
    timer = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_done)
            finished.put_nowait(None)
        todo.clear()

    def on_done(f):
        if not todo:
            return
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def wait_for_one():
        f = await finished.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_done)
    if timeout is not None and todo:
        timer = loop.call_later(timeout, on_timeout)
    for _ in list(todo):
        yield wait_for_one()


class Timeout:
    '''An async context manager that cancels the task when its deadline passes.'''
    __module__ = 'asyncio.timeouts'

    def __init__(self, when):
        self._phase = 'created'
        self._timer = None
        self._host = None
        self._deadline = when

    def when(self):
        return self._deadline

    def reschedule(self, when):
        if self._phase != 'entered':
            raise RuntimeError(f'Cannot change state of {self._phase} Timeout')
        self._deadline = when
        if self._timer is not None:
            self._timer.cancel()
        if when is None:
            self._timer = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timer = loop.call_soon(self._on_timeout)
            else:
                self._timer = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._phase in ('expiring', 'expired')

    def __repr__(self):
        info = [self._phase]
        if self._phase == 'entered':
            info.append(f'when={self._deadline}')
        return f"<Timeout [{' '.join(info)}]>"

    async def __aenter__(self):
        self._phase = 'entered'
        self._host = current_task()
        self._cancels_before = self._host.cancelling()
        if self._host is None:
            raise RuntimeError('Timeout should be used inside a task')
        self.reschedule(self._deadline)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._phase == 'expiring':
            self._phase = 'expired'
            if self._host.uncancel() <= self._cancels_before and exc_type is CancelledError:
                raise TimeoutError() from exc_val
        elif self._phase == 'entered':
            self._phase = 'exited'
        return None

    def _on_timeout(self):
        self._host.cancel()
        self._phase = 'expiring'
        self._timer = None


def timeout(delay):
    '''Timeout(now + delay), or no deadline for None.'''
    return Timeout(None if delay is None else get_running_loop().time() + delay)


def timeout_at(when):
    '''Timeout(when) on the loop's clock.'''
    return Timeout(when)


def run_coroutine_threadsafe(coro, loop):
    '''Schedules coro on loop (pymm has one thread: the loop is this one).'''
    return ensure_future(coro, loop=loop)


async def to_thread(func, *args, **kwargs):
    '''Runs func(*args, **kwargs) (pymm has no threads: in this task, at once).'''
    result = func(*args, **kwargs)
    return result
`;
