try:
    try:
        raise ValueError('a')
    except ValueError as a:
        raise TypeError('b')
except TypeError as b:
    a.__context__ = b
    raise a
