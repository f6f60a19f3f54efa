// The signal module: the Linux signal numbers as the Signals enum, SIG_DFL/SIG_IGN as
// Handlers, and a handler table that signal()/getsignal() read and write and raise_signal()
// runs. It follows the behaviour of CPython 3.11's module, with these limits: no signal
// arrives from outside (pymm runs in one JS thread), alarm() is recorded but never fires, and
// raise_signal() of a signal whose handler is SIG_DFL and whose default action ends the
// process raises NotImplementedError. signal.ts adds the built-in default_int_handler.

/** The Python source of the signal module (after the native `default_int_handler`). */
export const SIGNAL_PY = String.raw`
"""Set handlers for signals: signal(), getsignal(), raise_signal(), strsignal(), ..."""

import enum as _enum
import operator as _op
import sys as _sys
import time as _time

_TABLE = """
1 SIGHUP Hangup
2 SIGINT Interrupt
3 SIGQUIT Quit
4 SIGILL Illegal instruction
5 SIGTRAP Trace/breakpoint trap
6 SIGABRT Aborted
7 SIGBUS Bus error
8 SIGFPE Floating point exception
9 SIGKILL Killed
10 SIGUSR1 User defined signal 1
11 SIGSEGV Segmentation fault
12 SIGUSR2 User defined signal 2
13 SIGPIPE Broken pipe
14 SIGALRM Alarm clock
15 SIGTERM Terminated
16 SIGSTKFLT Stack fault
17 SIGCHLD Child exited
18 SIGCONT Continued
19 SIGSTOP Stopped (signal)
20 SIGTSTP Stopped
21 SIGTTIN Stopped (tty input)
22 SIGTTOU Stopped (tty output)
23 SIGURG Urgent I/O condition
24 SIGXCPU CPU time limit exceeded
25 SIGXFSZ File size limit exceeded
26 SIGVTALRM Virtual timer expired
27 SIGPROF Profiling timer expired
28 SIGWINCH Window changed
29 SIGIO I/O possible
30 SIGPWR Power failure
31 SIGSYS Bad system call
"""
_DESCRIPTIONS = {}
_members = []
for _row in _TABLE.strip().splitlines():
    _num, _name, _text = _row.split(' ', 2)
    _DESCRIPTIONS[int(_num)] = _text
    _members.append((_name, int(_num)))
_members += [('SIGRTMIN', 34), ('SIGRTMAX', 64), ('SIGIOT', 6), ('SIGCLD', 17), ('SIGPOLL', 29)]
Signals = _enum.IntEnum('Signals', _members, module=__name__)
Handlers = _enum.IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module=__name__)
Sigmasks = _enum.IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)],
                         module=__name__)
for _name, _num in _members:
    globals()[_name] = Signals(_num)
SIG_DFL, SIG_IGN = Handlers.SIG_DFL, Handlers.SIG_IGN
SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK = Sigmasks
del _row, _num, _name, _text, _members

NSIG = 65
ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF = 0, 1, 2


class ItimerError(OSError):
    pass


# What each signal does when its handler is SIG_DFL and it is raised: ignored or not.
_DEFAULT_IGNORED = {17, 18, 23, 28}
_handlers = {num: 0 for num in range(1, NSIG)}
_handlers[2] = default_int_handler
_handlers[13] = _handlers[25] = 1
_alarm_due = None


def _checked(signalnum):
    number = _op.index(signalnum)
    if number < 1 or number >= NSIG:
        raise ValueError('signal number out of range')
    return number


def _as_handler(stored):
    return Handlers(stored) if type(stored) is int else stored


def signal(signalnum, handler):
    """Set the action for the given signal; returns the previous one."""
    number = _checked(signalnum)
    if handler == 1:
        new = 1
    elif handler == 0:
        new = 0
    elif not callable(handler):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, '
                        'or a callable object')
    else:
        new = handler
    if number in (9, 19) or number in (32, 33):
        raise OSError(22, 'Invalid argument')
    old = _handlers[number]
    _handlers[number] = new
    return _as_handler(old)


def getsignal(signalnum):
    """Return the current action for the given signal (SIG_DFL, SIG_IGN or a callable)."""
    return _as_handler(_handlers[_checked(signalnum)])


def raise_signal(signalnum):
    """Send a signal to the executing process (runs its handler now)."""
    number = _op.index(signalnum)
    if number == 0:
        return None
    if number < 0 or number >= NSIG or number in (32, 33):
        raise OSError(22, 'Invalid argument')
    action = _handlers[number]
    if action == 1 or (action == 0 and number in _DEFAULT_IGNORED):
        return
    if action == 0:
        if number == 2:
            raise KeyboardInterrupt
        raise NotImplementedError(f"pymm cannot end the process by signal {number} (SIG_DFL)")
    action(number, _sys._getframe(1))


def strsignal(signalnum):
    """The system's description of the signal, or None if it has none."""
    number = _checked(signalnum)
    if 34 <= number <= 64:
        return f'Real-time signal {number - 34}'
    return _DESCRIPTIONS.get(number)


def valid_signals():
    """The set of signal numbers valid on this platform."""
    return {Signals(n) if n in Signals._value2member_map_ else n
            for n in range(1, NSIG) if n not in (32, 33)}


def alarm(seconds):
    """Arrange for SIGALRM after seconds (pymm: recorded, never delivered); returns the
    seconds left on the previous alarm."""
    global _alarm_due
    left = 0
    now = _time.monotonic()
    if _alarm_due is not None and _alarm_due > now:
        left = max(1, round(_alarm_due - now))
    _alarm_due = now + seconds if seconds else None
    return left


def siginterrupt(signalnum, flag):
    """Set whether the signal interrupts system calls (no effect in pymm)."""
    _checked(signalnum)


def set_wakeup_fd(fd, *, warn_on_full_buffer=True):
    """Set the fd written on each signal; returns the previous (-1: none)."""
    global _wakeup_fd
    old, _wakeup_fd = _wakeup_fd, fd
    return old


_wakeup_fd = -1
`;
