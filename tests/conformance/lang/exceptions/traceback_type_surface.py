# Traceback objects: tb_next is writable (None or a traceback, no loops), tb_lineno and
# tb_frame are read-only, and types.TracebackType() builds one (tb_new's checks).
import sys
import types


def raiser():
    raise ValueError('inner')


def get_tb():
    try:
        raiser()
    except ValueError as e:
        return e.__traceback__


tb = get_tb()
print(type(tb).__name__, tb.tb_next is not None, tb.tb_next.tb_next is None)
print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
for bad in ('asdf', 1):
    try:
        tb.tb_next = bad
    except TypeError as e:
        print('TypeError', e)
try:
    del tb.tb_next
except TypeError as e:
    print('TypeError', e)
try:
    tb.tb_next = tb
except ValueError as e:
    print('ValueError', e)
try:
    tb.tb_next.tb_next = tb
except ValueError as e:
    print('ValueError', e)
try:
    tb.tb_lineno = 5
except AttributeError as e:
    print('AttributeError', e)
inner = tb.tb_next
tb.tb_next = None
print(tb.tb_next)
tb.tb_next = inner
print(tb.tb_next is inner)

frame = sys._getframe()
t2 = types.TracebackType(None, frame, 3, 7)
print(t2.tb_next, t2.tb_frame is frame, t2.tb_lasti, t2.tb_lineno)
t3 = types.TracebackType(tb_next=t2, tb_frame=frame, tb_lasti=0, tb_lineno=99)
print(t3.tb_next is t2, t3.tb_lineno)
for args in [('no', frame, 1, 2), (None, 'no', 1, 2), (None, frame, 'no', 2), (None, frame, 1, 2.5),
             (None, frame, 1), (None, frame, 1, 2, 3), (None, frame, 2**40, 2)]:
    try:
        types.TracebackType(*args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

# A traceback trimmed by hand and re-raised: the printed traceback follows tb_next.
try:
    try:
        raiser()
    except ValueError as e:
        raise e.with_traceback(e.__traceback__.tb_next)
except ValueError as e:
    t = e.__traceback__
    names = []
    while t is not None:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(names)
