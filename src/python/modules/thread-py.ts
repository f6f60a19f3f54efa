// _thread: the low-level thread module, on threading's model of one thread at a time (a new
// thread runs to its end inside start_new_thread). It follows the behaviour of CPython 3.11's
// module for what that model allows; interrupt_main is left out.

/** The Python source of the _thread module. */
export const THREAD_PY = String.raw`
"""Low-level threads and locks (pymm: a started thread runs to its end at once)."""

import sys as _sys
import threading as _threading

error = RuntimeError
TIMEOUT_MAX = _threading.TIMEOUT_MAX
LockType = _threading.Lock
RLock = _threading.RLock
_local = _threading.local
get_ident = _threading.get_ident
get_native_id = _threading.get_native_id
stack_size = _threading.stack_size


def allocate_lock():
    """Create a new lock object (unlocked)."""
    return _threading.Lock()


allocate = allocate_lock


def exit():
    """Exit the current thread (raises SystemExit)."""
    raise SystemExit


exit_thread = exit


def _count():
    """The number of threads started by start_new_thread (or threading) still running."""
    return _threading.active_count() - 1


class _Started(_threading.Thread):
    def run(self):
        function, args, kwargs = self._call
        try:
            function(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            _report(function, exc)


def _report(function, exc):
    import traceback
    out = _sys.stderr
    if out is None:
        return
    out.write(f'Exception ignored in thread started by: {function!r}\n')
    traceback.print_exception(type(exc), exc, exc.__traceback__, file=out)


def start_new_thread(function, args, kwargs=None, /):
    """Start a thread running function(*args, **kwargs); returns its identifier."""
    if not callable(function):
        raise TypeError('first arg must be callable')
    if not isinstance(args, tuple):
        raise TypeError('2nd arg must be a tuple')
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError('optional 3rd arg must be a dictionary')
    worker = _Started()
    worker._call = (function, args, kwargs or {})
    worker.start()
    return worker.ident


start_new = start_new_thread
`;
