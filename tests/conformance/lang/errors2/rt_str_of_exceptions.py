errs = [ValueError(), ValueError(1), ValueError(1, 2), KeyError('a'), KeyError(), OSError(2, 'No such file'), OSError(2, 'x', 'f.txt'), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'), StopIteration(5), SystemExit(3), ImportError('m', name='x'), SyntaxError('msg', ('f.py', 1, 2, 'text', 1, 3)), IndexError('i'), AttributeError('a', name='n', obj=1), NameError('nm', name='n')]
for e in errs:
    print(type(e).__name__, '|', str(e), '|', repr(e), '|', e.args)
