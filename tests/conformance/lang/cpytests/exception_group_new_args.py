# ExceptionGroup(...) argument errors are BaseExceptionGroup.__new__'s PyArg_ParseTuple texts;
# keywords are refused by __init__ under the class's name.
for args in [(), ('eg',), ('eg', [ValueError(1)], 42), ('eg', [ValueError(1)])]:
    try:
        print(repr(ExceptionGroup(*args)))
    except TypeError as e:
        print("TypeError", e)
try:
    ExceptionGroup('a', [ValueError()], x=1)
except TypeError as e:
    print(e)
try:
    BaseExceptionGroup(message='a', exceptions=[ValueError()])
except TypeError as e:
    print(e)


class E(ExceptionGroup):
    pass


try:
    E('a')
except TypeError as e:
    print(e)


class F(ExceptionGroup):
    def __new__(cls, message, excs, extra):
        self = super().__new__(cls, message, excs)
        self.extra = extra
        return self

    def __init__(self, message, excs, extra):
        super().__init__(message, excs)


f = F('m', [KeyError(1)], 'x')
print(repr(f), f.extra, f.derive([ValueError(2)]).__class__.__name__)
