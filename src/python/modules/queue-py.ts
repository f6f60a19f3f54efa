// The `queue` module and `keyword`: FIFO, LIFO and priority queues with CPython 3.11's
// API and errors, for a single-threaded interpreter (a wait that no other thread could
// end raises instead of hanging), and the keyword lists of 3.11.

/** Source of the queue module, run in the module's namespace. */
export const QUEUE_PY = String.raw`
'''Queues: Queue (first in, first out), LifoQueue, PriorityQueue and SimpleQueue.'''
import heapq
import time
from collections import deque
from types import GenericAlias

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    '''Raised by get(block=False) / get_nowait() and by a timed-out get() on an empty queue.'''
    __module__ = '_queue'


class Full(Exception):
    '''Raised by put(block=False) / put_nowait() and by a timed-out put() on a full queue.'''


def _wait(block, timeout, error, what):
    # pymm runs one thread: nothing can change the queue while the caller waits. A bounded
    # wait passes its time and fails as CPython's does; an unbounded one could never end.
    if not block:
        raise error
    if timeout is None:
        raise RuntimeError(f'pymm: {what}() would wait forever: no other thread can change the queue')
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    time.sleep(timeout)
    raise error


class _NoWait:
    # The non-blocking spellings, shared by every queue class.
    def put_nowait(self, item):
        '''put(item, block=False).'''
        self.put(item, False)

    def get_nowait(self):
        '''get(block=False).'''
        return self.get(False)

    __class_getitem__ = classmethod(GenericAlias)


class Queue(_NoWait):
    '''A first-in, first-out queue holding at most maxsize items (no limit if maxsize <= 0).

    Subclasses choose the storage through four hooks: _init(maxsize) makes self.queue,
    _qsize() counts it, _put(item) stores, _get() takes the next item out.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self.unfinished_tasks = 0
        self._init(maxsize)

    def task_done(self):
        '''Marks one item taken by get() as processed.'''
        if self.unfinished_tasks < 1:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        '''Returns once every item put has been marked done.'''
        if self.unfinished_tasks:
            raise RuntimeError('pymm: join() would wait forever: no other thread can call task_done()')

    def qsize(self):
        '''The number of items in the queue.'''
        return self._qsize()

    def empty(self):
        '''True if the queue holds no item.'''
        return self._qsize() == 0

    def full(self):
        '''True if the queue holds maxsize items (never, without a maxsize).'''
        return self.maxsize > 0 and self._qsize() >= self.maxsize

    def put(self, item, block=True, timeout=None):
        '''Adds item; on a full queue waits (or raises Full when not blocking / timed out).'''
        if self.full():
            _wait(block, timeout, Full, 'put')
        self._put(item)
        self.unfinished_tasks = self.unfinished_tasks + 1

    def get(self, block=True, timeout=None):
        '''Removes and returns the next item; on an empty queue waits (or raises Empty).'''
        if self.empty():
            _wait(block, timeout, Empty, 'get')
        return self._get()

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


def _list_storage(self, maxsize):
    # LifoQueue's stack and PriorityQueue's heap both live in a list.
    self.queue = []


class LifoQueue(Queue):
    '''A queue that gives the newest item first (a stack).'''
    _init = _list_storage

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    '''A queue that gives the smallest item first (entries are often (priority, data) pairs).'''
    _init = _list_storage

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class SimpleQueue(_NoWait):
    '''An unbounded first-in, first-out queue without task tracking.'''
    __module__ = '_queue'

    def __init__(self):
        self._items = deque()

    def put(self, item, block=True, timeout=None):
        '''Adds item (never blocks).'''
        self._items.append(item)

    def get(self, block=True, timeout=None):
        '''Removes and returns the oldest item; on an empty queue waits (or raises Empty).'''
        if not self._items:
            _wait(block, timeout, Empty, 'get')
        return self._items.popleft()

    def empty(self):
        '''True if the queue holds no item.'''
        return not self._items

    def qsize(self):
        '''The number of items in the queue.'''
        return len(self._items)
`;

/** Source of the keyword module, run in the module's namespace. */
export const KEYWORD_PY = String.raw`
'''The keywords of Python 3.11: kwlist, softkwlist, iskeyword(s), issoftkeyword(s).'''
__all__ = ['iskeyword', 'issoftkeyword', 'kwlist', 'softkwlist']

kwlist = sorted('''False None True and as assert async await break class continue def del
elif else except finally for from global if import in is lambda nonlocal not or pass raise
return try while with yield'''.split())
softkwlist = ['_', 'case', 'match']
_HARD = frozenset(kwlist)
_SOFT = frozenset(softkwlist)


def iskeyword(s):
    '''True if s is one of Python's keywords.'''
    return s in _HARD


def issoftkeyword(s):
    '''True if s is a soft keyword (a keyword only in some places: match, case, _).'''
    return s in _SOFT
`;
