import sys
def make(depth):
    if depth == 0:
        return ValueError('leaf')
    return ExceptionGroup(f'level {depth}', [make(depth - 1), TypeError(depth)])
try:
    raise make(12)
except ExceptionGroup as e:
    sys.excepthook(type(e), e, e.__traceback__)
many = ExceptionGroup('wide', [ValueError(i) for i in range(18)])
try:
    raise many
except ExceptionGroup as e:
    sys.excepthook(type(e), e, e.__traceback__)
def handler():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        raise RuntimeError('in handler') from eg.exceptions[0]
try:
    handler()
except BaseException as e:
    sys.excepthook(type(e), e, e.__traceback__)
eg = ExceptionGroup('with note', [KeyError('x')])
eg.add_note('group note\nsecond line')
eg.exceptions[0].add_note('leaf note')
raise eg
