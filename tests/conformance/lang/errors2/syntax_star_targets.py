# Starred assignment targets and import * outside a module.
import traceback

CASES = [
    '*a = 1',
    'for *a in b: pass',
    'a, *b, *c = 1',
    '[*a, *b] = 1',
    'def f():\n    *a, = 1\n    *b = 1',
    'with x as *y: pass',
    'def f():\n    from os import *',
    'class A:\n    from os import *',
    'def f():\n    return *a',
    'del *a',
    'print(*)',
    'x = *a',
]
for src in CASES:
    try:
        compile(src, '<user>', 'exec')
        print('compiled:', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
        print(''.join(traceback.format_exception_only(type(e), e)), end='')
