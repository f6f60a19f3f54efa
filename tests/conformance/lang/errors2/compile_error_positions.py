# Compile-time SyntaxErrors: byte offsets, end positions of multi-line nodes.
import traceback
for src in ['\u00e9 = 1; return', 'x = "\u00e9"; break', 'def f():\n    "\u00e9"; nonlocal x',
            '\u00e9 = 1; f(a=1, a=2)', 'try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n',
            'for x in y:\n    pass\nelse:\n    continue', 'class A:\n    return 1', 'def f():\n    x = 1\n    global x',
            'def f(a, a): pass', 'lambda a, a: 1', 'def f():\n    nonlocal y']:
    try:
        compile(src, 'prog', 'exec')
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
        traceback.print_exc()
