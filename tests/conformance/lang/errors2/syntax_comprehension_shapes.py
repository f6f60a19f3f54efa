# Comprehensions written wrongly: unpacking, missing parentheses, dict unpacking.
import traceback

CASES = [
    '[*a for b in c]',
    '(*a for b in c)',
    '{*a for b in c}',
    '[x, y for x, y in z]',
    '{x, y for x, y in z}',
    '[x, for x in z]',
    '{**a for b in c}',
    'f(*a for b in c)',
    '[x for x in 1, 2]',
    '[x for x in]',
    '[x for in y]',
    '(x for x in y if)',
    '[x if y for x in z]',
    '[*(a := 1) for b in c]',
    '[x, async for x in z]',
    '[x, async]',
    '{1, async}',
    '[1, for]',
    '[x, y for x in]',
    '{**a for b in c',
    '(x, y for x in z)',
    '[x, y, for x in z]',
    '[*a, *b for x in z]',
]
for src in CASES:
    try:
        compile(src, '<user>', 'exec')
        print('compiled:', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
        print(''.join(traceback.format_exception_only(type(e), e)), end='')
