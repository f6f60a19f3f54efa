# throw() and close() on a generator delegating with `yield from` reach the sub-generator
# (or an iterator's own throw/close methods); gi_yieldfrom shows the delegate while suspended.
def sub():
    try:
        got = yield 1
        print('sub got', got)
        yield 2
    except KeyError as e:
        print('sub caught', repr(e))
        yield 'recovered'
        return 'sub done'
    finally:
        print('sub finally')


def outer():
    result = yield from sub()
    print('outer result', result)
    yield 'outer after'


g = outer()
print(next(g), g.gi_yieldfrom.__name__)
print(g.send('hello'))
print(g.throw(KeyError('k')))
print(next(g), g.gi_yieldfrom)
print(list(g))

g = outer()
next(g)
g.close()
print('closed', g.gi_frame, g.gi_yieldfrom)

g = outer()
next(g)
try:
    g.throw(ValueError('not caught'))
except ValueError as e:
    print('propagated', repr(e), g.gi_frame)


class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration('counter value')
        return self.n

    def throw(self, *args):
        print('Counter.throw got', [type(a).__name__ for a in args])
        raise StopIteration('thrown away')

    def close(self):
        print('Counter.close')


def over_counter():
    r = yield from Counter()
    print('over_counter result', r)
    yield 'end'


print(list(over_counter()))
g = over_counter()
next(g)
print(g.throw(IndexError))
g = over_counter()
next(g)
g.close()


def over_list():
    yield from [1, 2]


g = over_list()
next(g)
try:
    g.send('x')
except AttributeError as e:
    print('AttributeError:', e)
