// asyncio, part sync: Event, Lock, Semaphore, Condition, the queues and TaskGroup (pymm's own Python; asyncio.ts joins the parts).

/** Python source of asyncio: Event, Lock, Semaphore, Condition, the queues and TaskGroup. */
export const ASYNCIO_SYNC_PY = String.raw`
# ---- synchronisation primitives and queues ----

class _Guard:
    # 'async with lock:' acquires on entry and releases on exit.
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _obj_repr(obj, extra):
    return f'<{type(obj).__module__}.{type(obj).__qualname__} object at {hex(id(obj))} [{extra}]>'


class Event:
    '''A flag tasks can wait for until some task sets it.'''
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._line = _Deque()
        self._flag = False

    def __repr__(self):
        extra = ('unset', 'set')[self._flag]
        if self._line:
            extra += f', waiters:{len(self._line)}'
        return _obj_repr(self, extra)

    def is_set(self):
        return self._flag

    def set(self):
        if self._flag:
            return
        self._flag = True
        for fut in self._line:
            if not fut.done():
                fut.set_result(True)

    def clear(self):
        self._flag = False

    async def wait(self):
        if self._flag:
            return True
        fut = get_running_loop().create_future()
        self._line.append(fut)
        try:
            await fut
            return True
        finally:
            self._line.remove(fut)


class Lock(_Guard):
    '''A mutual-exclusion lock for tasks, handed to waiters first come first served.'''
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._line = None
        self._held = False

    def __repr__(self):
        extra = ('unlocked', 'locked')[self._held]
        if self._line:
            extra += f', waiters:{len(self._line)}'
        return _obj_repr(self, extra)

    def locked(self):
        return self._held

    async def acquire(self):
        if not self._held and (self._line is None or all(w.cancelled() for w in self._line)):
            self._held = True
            return True
        if self._line is None:
            self._line = _Deque()
        fut = get_running_loop().create_future()
        self._line.append(fut)
        try:
            try:
                await fut
            finally:
                self._line.remove(fut)
        except CancelledError:
            if not self._held:
                self._wake_head()
            raise
        self._held = True
        return True

    def release(self):
        if not self._held:
            raise RuntimeError('Lock is not acquired.')
        self._held = False
        self._wake_head()

    def _wake_head(self):
        if self._line:
            first = self._line[0]
            if not first.done():
                first.set_result(True)


class Semaphore(_Guard):
    '''A counter tasks decrement with acquire() (waiting at zero) and increment with release().'''
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._line = None
        self._count = value

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked, value:%d' % self._count
        if self._line:
            extra += f', waiters:{len(self._line)}'
        return _obj_repr(self, extra)

    def locked(self):
        if self._count == 0:
            return True
        return any(not w.cancelled() for w in (self._line or ()))

    async def acquire(self):
        if not self.locked():
            self._count -= 1
            return True
        if self._line is None:
            self._line = _Deque()
        fut = get_running_loop().create_future()
        self._line.append(fut)
        try:
            try:
                await fut
            finally:
                self._line.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._count += 1
                self._hand_on()
            raise
        if self._count > 0:
            self._hand_on()
        return True

    def release(self):
        self._count += 1
        self._hand_on()

    def _hand_on(self):
        for fut in self._line or ():
            if not fut.done():
                self._count -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    '''A Semaphore that may not be released more often than acquired.'''
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        self._limit = value
        super().__init__(value)

    def release(self):
        if self._count >= self._limit:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Condition(_Guard):
    '''A lock plus notification: wait() releases it until notify() wakes the task.'''
    __module__ = 'asyncio.locks'

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked, self.acquire, self.release = lock.locked, lock.acquire, lock.release
        self._line = _Deque()

    def __repr__(self):
        extra = ('unlocked', 'locked')[bool(self.locked())]
        if self._line:
            extra += f', waiters:{len(self._line)}'
        return _obj_repr(self, extra)

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = get_running_loop().create_future()
            self._line.append(fut)
            try:
                await fut
                return True
            finally:
                self._line.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._line:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._line))


class Queue:
    '''A first-in first-out queue for tasks; get() waits while it is empty, put() while full.'''
    __module__ = 'asyncio.queues'

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._get_waits = _Deque()
        self._put_waits = _Deque()
        self._unfinished = 0
        self._all_done = Event()
        self._all_done.set()
        self._init(maxsize)

    def _init(self, size):
        self._queue = _Deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wake_one(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} {self._describe()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._describe()}>'

    def _describe(self):
        text = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            text += f' _queue={list(self._queue)!r}'
        if self._get_waits:
            text += f' _get_waits[{len(self._get_waits)}]'
        if self._put_waits:
            text += f' _put_waits[{len(self._put_waits)}]'
        if self._unfinished:
            text += f' tasks={self._unfinished}'
        return text

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    async def _wait_turn(self, blocked, waits):
        # Waits in line in waits while blocked(); a waiter cancelled after its wake-up
        # passes the wake-up on to the next one.
        while blocked():
            waiter = get_running_loop().create_future()
            waits.append(waiter)
            try:
                await waiter
            except:
                waiter.cancel()
                try:
                    waits.remove(waiter)
                except ValueError:
                    pass
                if not blocked() and not waiter.cancelled():
                    self._wake_one(waits)
                raise

    async def put(self, item):
        await self._wait_turn(self.full, self._put_waits)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished += 1
        self._all_done.clear()
        self._wake_one(self._get_waits)

    async def get(self):
        await self._wait_turn(self.empty, self._get_waits)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wake_one(self._put_waits)
        return item

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished -= 1
        if self._unfinished == 0:
            self._all_done.set()

    async def join(self):
        if self._unfinished > 0:
            await self._all_done.wait()


class PriorityQueue(Queue):
    '''A Queue that hands out its smallest item first.'''
    __module__ = 'asyncio.queues'

    def _init(self, size):
        self._queue = []

    def _put(self, item):
        _heapq.heappush(self._queue, item)

    def _get(self):
        return _heapq.heappop(self._queue)


class LifoQueue(Queue):
    '''A Queue that hands out its newest item first.'''
    __module__ = 'asyncio.queues'

    def _init(self, size):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


class TaskGroup:
    '''Tasks created with create_task() are awaited at the end of 'async with'; the first
    failure cancels the others, and the failures are raised in an ExceptionGroup.'''
    __module__ = 'asyncio.taskgroups'

    def __init__(self):
        self._entered = False
        self._closing = False
        self._stopping_all = False
        self._loop = None
        self._owner = None
        self._asked_owner = False
        self._tasks = set()
        self._failures = []
        self._fatal = None
        self._drained = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._failures:
            info.append(f'errors={len(self._failures)}')
        if self._stopping_all:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return f"<TaskGroup{' '.join(info)}>"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        if self._loop is None:
            self._loop = get_running_loop()
        self._owner = current_task(self._loop)
        if self._owner is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._closing = True
        if exc is not None and self._is_base_error(exc) and self._fatal is None:
            self._fatal = exc
        reraise = exc if et is CancelledError else None
        if self._asked_owner:
            if self._owner.uncancel() == 0:
                reraise = None
        if et is not None:
            if not self._stopping_all:
                self._abort()
        while self._tasks:
            if self._drained is None:
                self._drained = self._loop.create_future()
            try:
                await self._drained
            except CancelledError as ex:
                if not self._stopping_all:
                    reraise = ex
                    self._abort()
            self._drained = None
        assert not self._tasks
        if self._fatal is not None:
            raise self._fatal
        if reraise and not self._failures:
            raise reraise
        if et is not None and et is not CancelledError:
            self._failures.append(exc)
        if self._failures:
            try:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._failures)
                raise me from None
            finally:
                self._failures = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._closing and not self._tasks:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._stopping_all:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        task = self._loop.create_task(coro, name=name, context=context)
        task.add_done_callback(self._child_finished)
        self._tasks.add(task)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, _FATAL)

    def _abort(self):
        self._stopping_all = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _child_finished(self, task):
        self._tasks.discard(task)
        if self._drained is not None and not self._tasks:
            if not self._drained.done():
                self._drained.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._failures.append(exc)
        if self._is_base_error(exc) and self._fatal is None:
            self._fatal = exc
        if self._owner.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task {self._owner} is already completed',
                'exception': exc, 'task': task})
            return
        if not self._stopping_all and not self._asked_owner:
            self._abort()
            self._asked_owner = True
            self._owner.cancel()
`;
