import sys; print(sys.getsizeof(OSError()), sys.getsizeof(Exception()), sys.getsizeof(StopIteration()), sys.getsizeof(AttributeError()))
e=OSError(2,'x','f'); print(e.args, e.errno, e.strerror, e.filename, e.filename2, str(e), repr(e), type(e))
e=OSError(2,'x','f', None, 'g'); print(e.args, str(e))
e=OSError('a'); print(e.errno, e.strerror, str(e))
e=OSError(1,2,3,4,5,6); print(type(e), e.errno, e.args)
class M(OSError): pass
print(type(M(2,'x')), M(2,'x').errno)
class N(OSError):
    def __init__(self, msg): super().__init__(13, msg)
n = N('denied'); print(type(n), n.errno, n.args, n)
e = FileNotFoundError(2, 'No such file or directory', 'foo.txt'); print(e, e.filename)
print(IOError is OSError, EnvironmentError is OSError)
e=OSError(2,'x'); e.errno = 5; print(e, e.args)
try:
    raise ConnectionRefusedError(111, 'refused')
except ConnectionError as e: print(repr(e), e.errno, isinstance(e, OSError))
try:
    object().foo
except AttributeError as e:
    print(e.name, type(e.obj))
e = AttributeError('m', name='n', obj=3)
print(e.name, e.obj)
e = ValueError('a')
e.args = ['x', 1]
print(e.args, str(e))
e.__cause__ = KeyError('k')
print(repr(e.__cause__), e.__suppress_context__)
e.__context__ = None
e.custom = 3
print(e.custom, e.__dict__)
try:
    e.__cause__ = 5
except TypeError as t: print(t)
try:
    raise e
except ValueError as v:
    tb = v.__traceback__
    v2 = ValueError('b')
    v2.__traceback__ = tb
    print(v2.__traceback__ is tb)
