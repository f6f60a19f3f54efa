# The name bound by `except ... as e` is deleted at the end of the handler.
import sys


class Payload:
    def __del__(self):
        print('payload freed')


def fail():
    p = Payload()
    raise ValueError(p)


try:
    fail()
except ValueError as e:
    print('caught', type(e.args[0]).__name__)
print('after handler')
print('e' in dir())
