# Keyword arguments and walrus targets that cannot be assigned.
import traceback

CASES = [
    'f(True=2)',
    'f(None=1)',
    'f(False=1)',
    'f(a.b=1)',
    'f(1=2)',
    'f(a, True=2)',
    'f(x=1, None=2)',
    'class A(True=1): pass',
    'f(a+b=1)',
    'f("s"=1)',
    'x[1:2] := 3',
    'a.b := 1',
    'f() := 1',
    'x := 1',
    'f(a=1 for x in y)',
    'f(a, b=1 for x in y)',
    'a, b.c := 1',
    'x.y := 1 +',
    'f((True)=1)',
    'f(**k, *a)',
    'f(**k, *[1, 2])',
    'f(**k, a=1, *b)',
    'f(x, **k, *b, c)',
    'f(**k,\n  *b)',
    'f(a=1, a=2)',
    'f(a, b c)',
]
for src in CASES:
    try:
        compile(src, '<user>', 'exec')
        print('compiled:', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
        print(''.join(traceback.format_exception_only(type(e), e)), end='')
