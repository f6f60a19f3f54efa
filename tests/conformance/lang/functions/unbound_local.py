x = 1


def broken():
    print(x)
    x = 2


try:
    broken()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)


def missing():
    return undefined_name


try:
    missing()
except NameError as e:
    print('NameError:', e)
