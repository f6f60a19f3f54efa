try:
    raise ExceptionGroup('inner', [KeyError('k')])
except ExceptionGroup as g:
    raise ExceptionGroup('outer', [g, OSError(2, 'nope')])
