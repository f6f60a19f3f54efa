# Parameter lists and match patterns written wrongly.
import traceback

CASES = [
    'match x:\n    case 1 + 2: pass',
    'match x:\n    case 1j + 2j: pass',
    'match x:\n    case -1 - 2: pass',
    'match x:\n    case a + 1j: pass',
    'match x:\n    case 1.5 + 2: pass',
    'match x:\n    case 1 + -2j: pass',
    'match x:\n    case 1 + 2 + 3j: pass',
    'match x:\n    case -1j - 1: pass',
    'match x:\n    case [*a, *b]: pass',
    'match x:\n    case (1, *a, 2, *b): pass',
    'def f(*, a, /): pass',
    'def f(a, /, *, b, /): pass',
    'def f(a, /, b, /): pass',
    'def f(*a, /): pass',
    'lambda *: 1',
    'lambda *, **k: 1',
    'lambda *,: 1',
    'lambda *, a, /: 1',
    'def f(*a=1): pass',
    'def f(**a=1): pass',
    'lambda *a=1: 0',
    'lambda **a=1: 0',
    'def f(*, **a): pass',
    'def f(a, *, b, *c): pass',
    'lambda a, *, b, *c: 0',
    'def f((a, b)): pass',
    'lambda (a, b): 0',
    'def f(a, (b, c)): pass',
    'def f(x: int = 1, y): pass',
    'def f(*a, *b): pass',
    'def f(**a, **b): pass',
    'def f(/, a): pass',
    'def f(a=1, /, b): pass',
    'lambda x=1, y: x',
    'match x:\n    case {**rest, "a": 1}: pass',
    'match x:\n    case f(): pass\n    case _: pass\n    case 1: pass',
    'match x:\n    case a:\n        pass\n    case 1:\n        pass',
    'match x:\n    case a | b: pass',
    'match x:\n    case 1 | a: pass',
    'match x:\n    case {1: a, 1: b}: pass',
    'match x:\n    case P(a=1, a=2): pass',
    'match x:\n    case -a: pass',
    'match x:\n    case a.b(): pass',
]
for src in CASES:
    try:
        compile(src, '<user>', 'exec')
        print('compiled:', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
        print(''.join(traceback.format_exception_only(type(e), e)), end='')
