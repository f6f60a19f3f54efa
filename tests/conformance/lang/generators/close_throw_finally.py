def worker():
    try:
        while True:
            try:
                x = yield
                print('got', x)
            except ValueError as e:
                print('handled', e)
    finally:
        print('worker cleanup')


w = worker()
next(w)
w.send(1)
w.throw(ValueError('oops'))
w.send(2)
w.close()
print('closed')


def g2():
    yield 1


x = g2()
next(x)
del x
print('deleted suspended generator')
