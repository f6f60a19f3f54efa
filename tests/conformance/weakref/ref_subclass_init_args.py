# weakref.ref's __new__ and __init__ take (ob, callback) positionally: __new__ ignores
# keyword arguments (a subclass's __init__ may take its own), __init__ refuses them.
import weakref


class Obj:
    pass


o = Obj()


class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, value=42):
        self.value = value
        super().__init__(ob, callback)

    def __call__(self):
        self.called = True
        return super().__call__()


mr = MyRef(o, value=24)
print(mr() is o, mr.called, mr.value)
del o
print(mr())

r = weakref.ref(Exception)
for call in (
    lambda: r.__init__(0, 0, 0, 0, 0),
    lambda: r.__init__(),
    lambda: r.__init__(Exception, None, x=3),
    lambda: weakref.ref.__new__(weakref.ref),
    lambda: weakref.ref.__new__(int, Exception),
    lambda: weakref.ref.__new__(3, Exception),
    lambda: weakref.ref(3),
    lambda: weakref.ref(Obj(), None, 3),
):
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
print(r.__init__(Obj()), r.__init__(4, 5), r() is Exception)
x = Obj()
print(type(weakref.ref.__new__(weakref.ref, x, x=1)).__name__)
