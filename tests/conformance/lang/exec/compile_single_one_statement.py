# compile(..., "single") takes one interactive statement: simple statements on one logical
# line are one; more gives CPython's SyntaxError, with its position and text.
for src in ['1\n2', 'x=1; y=2', 'if 1:\n  pass\n', 'x = 1\n\n', '1\n# c\n', 'def f():\n  pass\nf()',
            '1  # c\n2', 'x=1;\n2', 'x=1; y=2\nz', '(1,\n 2)\n3', '1\n\n  \n# c\n', 'if 1: pass\nx',
            'x = 1 \\\n + 2\ny', '1   \n2', 'x = "a#b"  # c\n2', 'x=1;  \n2', 'for i in []: pass\nelse: pass\n1', 'pass']:
    try:
        compile(src, 'f', 'single')
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
exec(compile('x = 5', '<s>', 'single')); print(x)
exec(compile('x + 1', '<s>', 'single'))
