# __future__ imports: unknown features, braces, and imports after other statements.
import traceback

CASES = [
    'from __future__ import braces',
    'x = 1\nfrom __future__ import annotations',
    'from __future__ import nope',
    'import os; from __future__ import annotations',
    'from __future__ import annotations; import os; from __future__ import division',
    'def f():\n    from __future__ import division',
    '"doc"\nfrom __future__ import (annotations,\n  braces)',
    'from __future__ import annotations\nfrom __future__ import division\nx: int = 1',
    '"""doc"""\nfrom __future__ import generator_stop, nested_scopes\nprint(1)',
]
for src in CASES:
    try:
        compile(src, '<user>', 'exec')
        print('compiled:', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
        print(''.join(traceback.format_exception_only(type(e), e)), end='')
