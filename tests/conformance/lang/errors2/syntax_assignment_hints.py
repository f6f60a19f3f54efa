# Invalid assignment targets: when CPython adds "Maybe you meant '=='".
import traceback

CASES = [
    'a, 1 = x',
    '*1, a = x',
    '1, a = x',
    'f(), a = x',
    'a, 1, b = x',
    'a, b.c = f() = 1',
    'a, 1 = b = c',
    'a, [1] = x',
    'a, (1) = x',
    'a, b + 1 = x',
    'a, f() = x',
    'a, None = x',
    'a, True = x',
    'a, x == 1 = 2',
    'a, not b = x',
    '(a, 1) = x',
    '[a, 1] = x',
    'a, "s" = x',
    'x = a, 1 = y',
    'x = a, f() = y',
    'x = f() = 1',
    'x.y = a, 1 = z',
    'x[0] = a, 1 = y',
    'a, b = 1, f() = 2',
    'a, -b = x',
    'a, b.c() = x',
    'x = 1 +',
    'x = f() = 1 +',
    'x = (a, 1) = 2',
    'if x = 1:\n    pass',
    'if f() = 1:\n    pass',
    '(yield) = 1',
    'def f():\n    (yield) = 1',
    'def f():\n    x = yield = 1',
]
for src in CASES:
    try:
        compile(src, '<user>', 'exec')
        print('compiled:', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
        print(''.join(traceback.format_exception_only(type(e), e)), end='')
