import traceback
def f():
    raise ExceptionGroup('group', [ValueError('a'), ExceptionGroup('sub', [TypeError('b'), KeyError('c')])])
try:
    f()
except ExceptionGroup as g:
    traceback.print_exc()
    print(g.exceptions, g.message)
    m, rest = g.split(ValueError)
    print(repr(m), repr(rest))
eg = ExceptionGroup('many', [ValueError(i) for i in range(20)])
raise eg
