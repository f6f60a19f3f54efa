class Tracked:
    def __getattribute__(self, name):
        if name == 'magic': return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f'missing {name}'
t = Tracked()
t.x = 1
print(t.x, t.magic, t.nothing)

class Meta(type):
    def __getattr__(cls, name):
        return f'{cls.__name__}.{name} (meta getattr)'
    def __setattr__(cls, name, value):
        print('meta setattr', cls.__name__, name, value)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print('meta delattr', name)
        super().__delattr__(name)

class A(metaclass=Meta):
    x = 1
print(A.x, A.y)
A.z = 5
print(A.z)
del A.z
print(A.z)
class B(A): pass
B.w = 3
print(B.w, B.q)

class Meta2(type):
    def __getattribute__(cls, name):
        if name.startswith('auto_'):
            return name[5:]
        return super().__getattribute__(name)
class C(metaclass=Meta2):
    a = 1
print(C.a, C.auto_hello, C.__name__)
print(getattr(C, 'auto_x'), hasattr(C, 'auto_y'), getattr(A, 'zz'))
class Registry(type):
    frozen = False
    def __setattr__(cls, k, v):
        if type(cls).frozen: raise AttributeError(f'{cls.__name__} is frozen')
        type.__setattr__(cls, k, v)
class R(metaclass=Registry): pass
R.a = 1
Registry.frozen = True
try: R.b = 2
except AttributeError as e: print('AttributeError', e)
print(R.a)
