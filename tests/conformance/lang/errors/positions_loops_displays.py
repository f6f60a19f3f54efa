# The lines and carets of tracebacks raised by a for loop's iteration (FOR_ITER has the
# for statement's position), inside comprehensions (LIST_APPEND / MAP_ADD / SET_ADD and the
# comprehension's call have the whole comprehension's position) and by displays.
import traceback


def show(f):
    try:
        f()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print('\n'.join(line for line in lines if not line.startswith('  File') or 'positions' in line))


def failing():
    yield 1
    raise ValueError('from the generator')


def loop():
    total = 0
    for x in failing():
        total += x
        total *= 2
    return total


def loop_oneline():
    for x in failing(): pass


def not_iterable():
    for x in 5:
        pass


def listcomp_not_iterable():
    return [x for x in 5]


def genexp_not_iterable():
    return list(x for x in 5)


def dictcomp_unhashable():
    return {
        [k]: 1
        for k in range(2)
    }


def setcomp_unhashable():
    return {[k] for k in range(2)}


def set_display():
    x = [1]
    return {1,
            x}


def dict_display():
    x = [1]
    return {1: 2,
            x: 3}


for f in (loop, loop_oneline, not_iterable, listcomp_not_iterable, genexp_not_iterable,
          dictcomp_unhashable, setcomp_unhashable, set_display, dict_display):
    print(f'--- {f.__name__}')
    show(f)
