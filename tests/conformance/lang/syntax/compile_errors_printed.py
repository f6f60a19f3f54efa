sources = [
    'x = = 1',
    'def f(:\n    pass',
    'if True:\npass',
    'return 5',
    '1 +',
    'a = (1, 2',
    'for x in range(3):\n\tif x:\n        pass',
    'x = 1\n  y = 2',
    'del f()',
    'print "hi"',
]
for src in sources:
    try:
        compile(src, '<case>', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset)
