# BaseException's own attributes cannot be deleted (TypeError, CPython's words); a subclass
# instance's ordinary attributes can; __cause__/__context__ only take exceptions or None.
class Custom(Exception):
    pass


e = Exception('x')
for name in ('args', '__traceback__', '__cause__', '__context__', '__suppress_context__', '__notes__'):
    try:
        delattr(e, name)
        print(name, 'deleted')
    except Exception as err:
        print(name, type(err).__name__, err)
for name in ('__cause__', '__context__'):
    try:
        setattr(e, name, 1)
    except TypeError as err:
        print(name, 'TypeError', err)
c = Custom()
c.extra = 1
del c.extra
print(hasattr(c, 'extra'), e.args)
