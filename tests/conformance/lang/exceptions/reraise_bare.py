def inner():
    raise ValueError('original')


def middle():
    try:
        inner()
    except ValueError:
        print('logging and re-raising')
        raise


try:
    middle()
except ValueError as e:
    print('caught', e)
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
