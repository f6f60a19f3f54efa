# Several weakrefs with callbacks: called newest first.
import weakref


class C:
    pass


c = C()
refs = [weakref.ref(c, lambda r, i=i: print('callback', i)) for i in range(3)]
del c
print('end')
