# A generator's state through gi_running, gi_suspended, gi_frame and gi_code, the way
# inspect.getgeneratorstate reads them; gi_frame.f_locals and f_lineno while suspended;
# __name__ and __qualname__ settable.
import sys


def state(gen):
    if gen.gi_running:
        return 'GEN_RUNNING'
    if gen.gi_suspended:
        return 'GEN_SUSPENDED'
    if gen.gi_frame is None:
        return 'GEN_CLOSED'
    return 'GEN_CREATED'


def numbers(limit):
    total = 0
    for n in range(limit):
        total += n
        yield state(me)
    return total


me = numbers(2)
print(state(me), me.gi_frame.f_lineno, me.gi_frame.f_locals)
print(next(me))
print(state(me), me.gi_frame.f_lineno, me.gi_frame.f_locals)
frame = me.gi_frame
print(frame is me.gi_frame, frame.f_back, frame.f_code is me.gi_code)
print(list(me))
print(state(me), me.gi_frame)
print('kept frame:', frame.f_locals, frame.f_lineno)
print(me.gi_code.co_name, me.__name__, me.__qualname__)
me.__name__ = 'renamed'
me.__qualname__ = 'Renamed.q'
print(me.__name__, me.__qualname__, repr(me).split(' at ')[0])
try:
    me.__name__ = None
except TypeError as e:
    print('TypeError:', e)


def running():
    f = sys._getframe()
    yield f is g.gi_frame, f.f_back.f_code.co_name
    try:
        next(g)
    except ValueError as e:
        yield 'ValueError: ' + str(e)


def drive():
    return next(g)


g = running()
print(drive())
print(next(g))


class K:
    def method(self):
        yield 1


print(K().method().__qualname__, (x for x in []).__name__)
