import weakref


class Thing:
    def __init__(self, name):
        self.name = name


t = Thing('a')
r = weakref.ref(t)
print(r() is t, r().name)
print(weakref.getweakrefcount(t))
del t
print(r())
print(type(r).__name__)
