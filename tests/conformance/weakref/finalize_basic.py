import weakref


class Resource:
    pass


def cleanup(name, n):
    print('cleanup', name, n)
    return 'result'


r = Resource()
f = weakref.finalize(r, cleanup, 'res', n=1)
print(f.alive)
del r
print(f.alive)
print(f())
