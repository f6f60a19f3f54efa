# A finally block entered by an exception sees it as the exception being handled, chains it
# to a new one, drops it on return/break, and keeps it across a yield until it is re-raised.
import sys


def plain():
    try:
        raise KeyError('a')
    finally:
        print('in finally:', repr(sys.exc_info()[1]))


try:
    plain()
except KeyError as e:
    print('caught', repr(e), e.__traceback__.tb_next.tb_lineno)


def swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            return 'swallowed ' + repr(sys.exc_info()[1])


print(swallow())
print(sys.exc_info())


def chained():
    try:
        raise KeyError('first')
    finally:
        raise ValueError('second')


try:
    chained()
except ValueError as e:
    print(repr(e), repr(e.__context__))


class Noisy(Exception):
    def __del__(self):
        print('Noisy freed')


def gen():
    try:
        raise Noisy('pending')
    finally:
        yield 'in finally'
        print('resumed with', repr(sys.exc_info()[1]))


g = gen()
print(next(g), sys.exc_info())
try:
    next(g)
except Noisy as e:
    print('re-raised', repr(e))
print('closing another')
g = gen()
next(g)
g.close()
print('end')
