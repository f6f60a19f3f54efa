# weakref.finalize callbacks run before __del__ of members of a collected cycle.
import gc
import weakref

gc.collect()


class Member:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('__del__', self.name)


x, y = Member('x'), Member('y')
x.y, y.x = y, x
weakref.finalize(x, print, 'finalize x')
weakref.finalize(y, print, 'finalize y')
del x, y
print(gc.collect())
