# global and nonlocal declarations in the wrong place or order.
import traceback

CASES = [
    'def f():\n    nonlocal x\n    nonlocal x',
    'def g():\n    x = 1\n    def f():\n        nonlocal x\n        nonlocal x\n        nonlocal q',
    'def f():\n    global x\n    nonlocal x',
    'def f():\n    nonlocal x\n    global x',
    'def f():\n    global x, y\n    nonlocal y',
    'def f(a):\n    global a',
    'def f():\n    x = 1\n    global x',
    'def f():\n    print(x)\n    global x',
    'def f():\n    x: int\n    global x',
    'global x\nglobal x\nx = 1',
    'class A:\n    nonlocal x',
    'def f():\n    global x\n    x: int',
    'def f():\n    global x\n    x: int = 1',
    'global x\nx: int = 1',
    'def g():\n    x = 1\n    def f():\n        nonlocal x\n        x: int',
    'class A:\n    global x\n    x: int',
    'def f():\n    global x\n    (x): int',
    'def f():\n    x: int = 1\n    nonlocal x',
    'nonlocal x',
    'def f():\n    def g():\n        nonlocal f',
    'def f(a):\n    def g():\n        nonlocal a\n        a = 2',
]
for src in CASES:
    try:
        compile(src, '<user>', 'exec')
        print('compiled:', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
        print(''.join(traceback.format_exception_only(type(e), e)), end='')
