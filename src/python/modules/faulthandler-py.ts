// faulthandler: enable/disable/is_enabled and dump_traceback as CPython 3.11's module offers
// them. pymm has no fatal signals to catch, so enabling only records the state;
// dump_traceback writes the Python stack in faulthandler's format.

/** The Python source of the faulthandler module. */
export const FAULTHANDLER_PY = String.raw`
"""Dump Python tracebacks on faults (pymm: records the state; nothing faults)."""

import sys as _sys

_enabled = False


def _check_file(file):
    if file is None:
        file = _sys.stderr
    if file is None:
        raise RuntimeError('sys.stderr is None')
    if not isinstance(file, int) and not hasattr(file, 'write'):
        raise AttributeError(f"'{type(file).__name__}' object has no attribute 'fileno'")
    return file


def enable(file=None, all_threads=True):
    """Enable the fault handler."""
    global _enabled
    _check_file(file)
    _enabled = True


def disable():
    """Disable the fault handler."""
    global _enabled
    _enabled = False


def is_enabled():
    """Whether the fault handler is enabled."""
    return _enabled


def dump_traceback(file=None, all_threads=True):
    """Write the current Python stack to file, innermost frame first."""
    out = _check_file(file)
    lines = ['Current thread 0x0000000000000000 (most recent call first):' if all_threads
             else 'Stack (most recent call first):']
    frame = _sys._getframe(1)
    while frame is not None:
        code = frame.f_code
        lines.append(f'  File "{code.co_filename}", line {frame.f_lineno} in {code.co_name}')
        frame = frame.f_back
    text = '\n'.join(lines) + '\n'
    if isinstance(out, int):
        import os
        os.write(out, text.encode())
    else:
        out.flush()
        out.write(text)
        out.flush()


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """Dump the traceback after timeout seconds (pymm: never fires)."""
    if timeout <= 0:
        raise ValueError('timeout must be greater than 0')
    _check_file(file)


def cancel_dump_traceback_later():
    """Cancel a dump_traceback_later()."""


def register(signum, file=None, all_threads=True, chain=False):
    """Dump the traceback on signal signum (pymm: recorded only)."""
    _check_file(file)


def unregister(signum):
    """Undo register(); returns whether signum was registered."""
    return False
`;
