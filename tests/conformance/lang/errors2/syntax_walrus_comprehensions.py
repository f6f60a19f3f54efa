# Assignment expressions in comprehensions: the symbol table's rules.
import traceback

CASES = [
    '[i := 0 for i in range(3)]',
    '[[(j := 0) for i in range(3)] for j in range(2)]',
    '[x for x in (y := [1, 2])]',
    '[x for a in b for x in (y := a)]',
    '[(j := i) for i in range(3) for j in range(2)]',
    '[i for i in range(3) if (j := i) for j in range(2)]',
    'class A:\n    [y := 1 for x in z]',
    'def f():\n    [x for x in (lambda: (y := 1))()]',
    '(a.b := 1)',
    '(a[0] := 1)',
    '((a, b) := 1)',
    '{(k := 1): 2 for a in b}',
    '[x for x in range(3) if (x := 1)]',
    '[(y := 1) for x in range(3)]',
    '[x for x in [(y := 1) for z in w]]',
    '[[y := 1 for a in b] for x in c]',
    '{a: (b := 2) for a, b in c}',
]
for src in CASES:
    try:
        compile(src, '<user>', 'exec')
        print('compiled:', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
        print(''.join(traceback.format_exception_only(type(e), e)), end='')
