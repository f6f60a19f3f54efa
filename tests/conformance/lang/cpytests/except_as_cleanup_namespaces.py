# `except E as name` deletes name when the handler ends, in the namespace it was bound in:
# exec's separate locals at module level, a `global` name inside a function, a class body.
# A dict subclass as exec's locals sees DELETE_NAME and SETUP_ANNOTATIONS through its methods.
class Watched(dict):
    def __delitem__(self, key):
        print('delitem', key)
        super().__delitem__(key)


ns = Watched()
exec('''
x = 1
y: int = 2
z = x + y
del x
try:
    del x
except NameError as err:
    print(err)
''', {}, ns)
print(sorted(ns), ns['__annotations__'])

try:
    1 / 0
except ZeroDivisionError as e:
    pass
print('e' in globals())


def declared_global():
    global caught
    try:
        1 / 0
    except ZeroDivisionError as caught:
        pass
    print('caught' in globals())


declared_global()


class Body:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        pass


print(hasattr(Body, 'inner'))
