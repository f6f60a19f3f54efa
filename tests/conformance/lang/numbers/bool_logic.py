print(True + True, True * 10, int(False), bool(0), bool(-1), bool([]), bool([0]), bool(0.0), bool('0'))
print(0 or 'default', 'x' or 'y', None and 1, 3 and 4, not 0, not 'a')
print(isinstance(True, int), type(True).__name__, str(True), repr(False))


def side(name, value):
    print('eval', name)
    return value


print(side('a', False) and side('b', True))
print(side('c', True) or side('d', True))
print(all([]), any([]), sum([True, True, False]))
