# signal: the Signals/Handlers enums, signal()/getsignal(), raise_signal() running handlers.
import signal

print(signal.SIGINT, repr(signal.SIGTERM), int(signal.SIGKILL), signal.Signals(15), repr(signal.SIGIOT))
print(signal.getsignal(signal.SIGINT), repr(signal.getsignal(signal.SIGTERM)),
      repr(signal.getsignal(signal.SIGPIPE)), signal.SIG_DFL, signal.SIG_IGN)
print(isinstance(signal.SIGINT, int), signal.Signals.SIGINT is signal.SIGINT, signal.NSIG)
print(signal.strsignal(signal.SIGINT), signal.strsignal(9), signal.strsignal(40))
print(len(signal.valid_signals()), signal.SIGINT in signal.valid_signals())
print([s.name for s in signal.Signals][:5], signal.Handlers.SIG_IGN.value)


def handler(signum, frame):
    print('handler got', signum, type(signum).__name__, frame is not None)


old = signal.signal(signal.SIGUSR1, handler)
print(repr(old), signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
signal.raise_signal(signal.SIGCHLD)

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print('default_int_handler raised')


class Stop(Exception):
    pass


def stopper(signum, frame):
    raise Stop(f'stopped by {signal.Signals(signum).name}')


signal.signal(signal.SIGTERM, stopper)
try:
    signal.raise_signal(signal.SIGTERM)
except Stop as e:
    print('Stop', e)
prev = signal.signal(signal.SIGINT, lambda n, f: print('custom SIGINT', n))
print(prev is signal.default_int_handler)
signal.raise_signal(signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)

for bad in [lambda: signal.signal(99, handler), lambda: signal.signal(0, handler),
            lambda: signal.signal(signal.SIGKILL, handler),
            lambda: signal.signal(signal.SIGSTOP, signal.SIG_IGN),
            lambda: signal.signal(signal.SIGINT, 5), lambda: signal.signal(signal.SIGINT, 'x'),
            lambda: signal.signal('x', handler), lambda: signal.getsignal(100),
            lambda: signal.raise_signal(0), lambda: signal.raise_signal(99),
            lambda: signal.strsignal(0)]:
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print(signal.alarm(0))
