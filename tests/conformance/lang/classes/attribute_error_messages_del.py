class A:
    pass
class B:
    y = 0
    __slots__ = ('z',)

def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

def delattr_(o, n): exec(f"del o.{n}", {'o': o})
t(lambda: A.x)
t(lambda: delattr_(A, 'x'))
t(lambda: A().x)
t(lambda: delattr_(A(), 'x'))
t(lambda: B().x)
t(lambda: delattr_(B(), 'x'))
t(lambda: setattr(B(), 'x', 0))
t(lambda: delattr_(B(), 'y'))
t(lambda: setattr(B(), 'y', 0))
t(lambda: B().z)
t(lambda: delattr_(B(), 'z'))
t(lambda: delattr(int, 'real'))
t(lambda: delattr(int, 'foo'))
t(lambda: setattr(int, 'foo', 1))


t(lambda: delattr(1, 'real'))
t(lambda: delattr(object(), 'x'))

def booh(self):
    raise AttributeError("booh")
class E:
    __eq__ = property(booh)
print(E() == E(), E() != E())
class L:
    __lt__ = property(booh)
t(lambda: L() < L())
class I:
    __init__ = property(booh)
t(lambda: I())
class H:
    __hash__ = property(booh)
t(lambda: hash(H()))
class R:
    __repr__ = property(booh)
t(lambda: repr(R()))
class Ln:
    __len__ = property(booh)
t(lambda: len(Ln()))
class It:
    __iter__ = property(booh)
t(lambda: iter(It()))
class Ad:
    __add__ = property(booh)
t(lambda: Ad() + 1)
class Bo:
    __bool__ = property(booh)
t(lambda: bool(Bo()))
class Co:
    __contains__ = property(booh)
t(lambda: 1 in Co())
class Gi:
    __getitem__ = property(booh)
t(lambda: Gi()[0])
