# An exception that leaves a @contextmanager block uncaught keeps the traceback of the
# with body: the generator's frames do not show.
from contextlib import contextmanager, suppress


@contextmanager
def managed(log):
    log.append('enter')
    try:
        yield log
    finally:
        log.append('exit')


def work():
    log = []
    with suppress(KeyError):
        with managed(log):
            print('inside', log)
            {}['x']
    print('suppressed', log)
    with managed(log):
        raise ValueError('escapes: %s' % log)


work()
