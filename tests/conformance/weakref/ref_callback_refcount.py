# Callbacks run as soon as the referent dies by refcount.
import weakref


class Thing:
    pass


def gone(ref):
    print('callback', ref() is None)


t = Thing()
r = weakref.ref(t, gone)
print('deleting')
del t
print('deleted')
