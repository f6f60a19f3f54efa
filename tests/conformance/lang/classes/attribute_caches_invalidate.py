# Attribute loads and stores at one site must follow every change of the class, its
# bases and the instance: descriptors added later, __slots__, __getattr__, __setattr__,
# materialised __dict__, deleted attributes, and objects of other classes.


class Base:
    pass


class P(Base):
    def __init__(self, x):
        self.x = x


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


ps = [P(i) for i in range(5)]
print([get_x(p) for p in ps])
for p in ps:
    set_x(p, p.x * 10)
print([get_x(p) for p in ps])

# A data descriptor added to the class later wins over the instance value.
P.x = property(lambda self: 'prop', lambda self, v: print('setter', v))
print(get_x(ps[0]))
set_x(ps[0], 7)
del P.x
print(get_x(ps[0]))

# ... and one added to a base class, too.
Base.x = property(lambda self: 'base prop')
print(get_x(ps[1]))
del Base.x
print(get_x(ps[1]))

# A deleted attribute falls back to the class, then to __getattr__.
del ps[2].x
P.x = 'class attr'
print(get_x(ps[2]))
del P.x
try:
    get_x(ps[2])
except AttributeError as e:
    print('AttributeError:', e)
P.__getattr__ = lambda self, name: f'getattr {name}'
print(get_x(ps[2]), get_x(ps[3]))
del P.__getattr__

# __setattr__ added later takes the stores.
def hook(self, name, value):
    print('hook', name, value)
    object.__setattr__(self, name, value)


P.__setattr__ = hook
set_x(ps[3], 99)
print(get_x(ps[3]))
del P.__setattr__
set_x(ps[3], 100)
print(get_x(ps[3]))

# A materialised __dict__ keeps working for loads and stores.
d = ps[4].__dict__
set_x(ps[4], 'via dict')
print(d, get_x(ps[4]))
d['x'] = 'changed in dict'
print(get_x(ps[4]))


# __slots__ members, a subclass, and an unset slot.
class S:
    __slots__ = ('x', 'y')

    def __init__(self, x):
        self.x = x


class T(S):
    __slots__ = ('z',)


s, t = S(1), T(2)
print(get_x(s), get_x(t))
set_x(s, 11)
set_x(t, 22)
print(get_x(s), get_x(t))
del s.x
try:
    get_x(s)
except AttributeError as e:
    print('AttributeError:', e)
set_x(s, 3)
print(get_x(s))

# Many classes through one site.
class A:
    x = 'A.x'


class B:
    def __init__(self):
        self.x = 'B inst'


class C:
    @property
    def x(self):
        return 'C prop'


for o in [A(), B(), C(), P('p'), s, A(), B()]:
    print(type(o).__name__, get_x(o))

# __getattribute__ defined after caching.
P.__getattribute__ = lambda self, name: f'ga {name}'
print(get_x(ps[0]))
del P.__getattribute__
print(get_x(ps[0]))

# A class whose instance gains many attributes (more than fit inline).
class Wide:
    pass


w = Wide()
for i in range(40):
    setattr(w, f'a{i}', i)
w.x = 'wide'
print(get_x(w), len(vars(w)))
