for args in [(1, 2), (int, 'x'), (None,), (None, None)]:
    try:
        super(*args)
    except TypeError as e:
        print(type(e).__name__, e)
