// sched: a general-purpose event scheduler over a time function and a delay function
// (time.monotonic and time.sleep by default). It follows the behaviour of CPython 3.11's
// module; pymm has no threads to lock against, so its lock is threading's model of one.

/** The Python source of the sched module. */
export const SCHED_PY = String.raw`
"""An event scheduler: enter() events at times, run() them in time-then-priority order."""

import heapq as _heap
import itertools as _it
import threading
import time
import collections

__all__ = ['scheduler']

Event = collections.namedtuple('Event', ['time', 'priority', 'sequence', 'action', 'argument',
                                         'kwargs'])
Event.__doc__ = ('Event(time, priority, sequence, action, argument, kwargs): one scheduled '
                 'call, action(*argument, **kwargs); ties in time go by priority, then sequence.')

_NO_KWARGS = object()


class scheduler:
    """A queue of Events run in order of (time, priority, sequence)."""

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc, self.delayfunc = timefunc, delayfunc
        self._sequence_generator = _it.count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action(*argument, **kwargs) at absolute time; returns the Event (its id)."""
        extra = {} if kwargs is _NO_KWARGS else kwargs
        with self._lock:
            ticket = next(self._sequence_generator)
            item = Event(time, priority, ticket, action, argument, extra)
            _heap.heappush(self._queue, item)
        return item

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action delay time units from now (see enterabs)."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove a scheduled event; ValueError if it is not queued."""
        with self._lock:
            pending = self._queue
            pending.remove(event)
            _heap.heapify(pending)

    def empty(self):
        """Whether no events are queued."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run events as they fall due, sleeping between them; with blocking=False run only
        the due ones and return the delay until the next (None when none is left)."""
        pending = self._queue
        while True:
            with self._lock:
                if not pending:
                    return None
                head = pending[0]
                now = self.timefunc()
                wait = head.time - now if head.time > now else None
                if wait is None:
                    _heap.heappop(pending)
            if wait is not None:
                if not blocking:
                    return wait
                self.delayfunc(wait)
                continue
            head.action(*head.argument, **head.kwargs)
            self.delayfunc(0)

    @property
    def queue(self):
        """The queued events, soonest first, as a list."""
        with self._lock:
            events = sorted(self._queue)
        return events
`;
