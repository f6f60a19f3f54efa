import sys
eg = ExceptionGroup('many', [ValueError('a'), TypeError('b'), ExceptionGroup('inner', [KeyError('k'), ValueError('c')])])
print(repr(eg), str(eg), eg.message, len(eg.exceptions))
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))), eg.subgroup(OSError))
print(type(BaseExceptionGroup('x', [ValueError()])).__name__, type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__)
for bad in [lambda: ExceptionGroup('x', []), lambda: ExceptionGroup('x', [1]), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup('x', [KeyboardInterrupt()]), lambda: ExceptionGroup('x', ValueError()), lambda: eg.split(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception), ExceptionGroup.__mro__)
print(ExceptionGroup[int])

def run(exc):
    try:
        raise exc
    except* ValueError as g:
        print('  values:', [str(x) for x in g.exceptions], type(g).__name__, sys.exc_info()[1] is g)
    except* (TypeError, KeyError) as g:
        print('  type/key:', repr(g))
    except* ZeroDivisionError:
        print('  zero')
for exc in [eg, ValueError('naked'), ExceptionGroup('only', [TypeError('t')]), ZeroDivisionError()]:
    print('run', repr(exc))
    run(exc)
try:
    run(ExceptionGroup('rest', [OSError('o'), ValueError('v')]))
except ExceptionGroup as e:
    print('unhandled:', repr(e))
try:
    run(RuntimeError('naked rest'))
except RuntimeError as e:
    print('naked unhandled:', repr(e))
try:
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('new')
except BaseException as e:
    print('raised:', repr(e), repr(e.exceptions[0].__context__) if isinstance(e, BaseExceptionGroup) else '')
try:
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print('reraised:', repr(e))
try:
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print('TypeError:', e)
def f():
    try:
        raise ValueError(1)
    except* ValueError:
        pass
    else:
        print('no else')
    finally:
        print('finally')
    return 'done'
print(f())
e = ExceptionGroup('n', [ValueError(1)])
e.add_note('a note')
print(e.split(ValueError)[0].__notes__)
