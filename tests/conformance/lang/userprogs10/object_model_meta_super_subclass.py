class Field:
    def __set_name__(self, owner, name):
        self.name = name; self.private = '_' + name
        owner._fields = getattr(owner, '_fields', ()) + (name,)
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, (int, str)):
            raise TypeError(f'{self.name} must be int or str, got {type(value).__name__}')
        setattr(obj, self.private, value)
class ModelMeta(type):
    registry = {}
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, kw)
        return {'__order__': []}
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.registry[name] = cls
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('creating', cls.__name__)
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f'<model {cls.__name__}>'
class Model(metaclass=ModelMeta):
    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower()
    def __init__(self, **kw):
        for k, v in kw.items(): setattr(self, k, v)
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{f}={getattr(self, f)!r}' for f in self._fields)})"
class User(Model, table='users'):
    id = Field()
    name = Field()
print(User.table, User._fields, ModelMeta.registry, User)
u = User(id=1, name='ann'); print(u, type(User.id).__name__, vars(u))
try:
    u.id = 2.5
except TypeError as e:
    print(e)
class Box:
    def __class_getitem__(cls, item): return f'Box[{item.__name__}]'
print(Box[int], list[int], dict[str, list[int]], type(list[int]))
class A:
    __slots__ = ('x',)
class B(A):
    __slots__ = ('y', '__dict__')
b = B(); b.x = 1; b.y = 2; b.z = 3; print(b.x, b.y, b.__dict__, A.__slots__, hasattr(A(), '__dict__'))
try:
    A().w = 1
except AttributeError as e:
    print(e)
class Sup(super):
    pass
class P:
    def hi(self): return 'P.hi'
class Q(P):
    def hi(self): return 'Q>' + Sup(Q, self).hi()
try:
    print(Q().hi())
except TypeError as e:
    print('TypeError', e)
class Vec:
    def __init__(self, *c): self.c = c
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __bool__(self): return any(self.c)
    def __contains__(self, x): return x in self.c
    def __iter__(self): return iter(self.c)
    def __reversed__(self): return Vec(*self.c[::-1])
    def __repr__(self): return f'Vec{self.c}'
    def __format__(self, spec): return '<' + ','.join(format(x, spec) for x in self.c) + '>'
    def __hash__(self): return hash(self.c)
    def __eq__(self, o): return isinstance(o, Vec) and self.c == o.c
v = Vec(1, 2, 3)
print(v @ v, len(v), v[1:], 2 in v, list(reversed(v)) if False else reversed(v), bool(Vec(0)), f'{v:.1f}', {v, Vec(1, 2, 3)}, v == (1, 2, 3))
