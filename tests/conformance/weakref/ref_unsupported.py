import weakref


class Slotted:
    __slots__ = ('x',)


class SlottedWeak:
    __slots__ = ('x', '__weakref__')


for obj in [1, 'text', (1, 2), [1], {}, Slotted()]:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, 'ok')
    except TypeError as e:
        print('TypeError:', e)
print(weakref.ref(SlottedWeak())() is None)
