try:
    1 / 0
except ZeroDivisionError as e:
    e2 = ValueError('x')
    e2.__suppress_context__ = True
    raise e2
