cases = [Exception(), Exception('one'), Exception('a', 2), KeyError('k'), ValueError(42), OSError(2, 'No such file')]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
