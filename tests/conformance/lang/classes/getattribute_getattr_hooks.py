class A:
    def __getattr__(self, name):
        raise AttributeError(f'no {name} here')
try: A().x
except AttributeError as e: print(e)
print(getattr(A(), 'y', 'dflt'), hasattr(A(), 'z'))
class Proxy:
    def __init__(self, target): object.__setattr__(self, '_t', target)
    def __getattribute__(self, name):
        if name.startswith('_'): return object.__getattribute__(self, name)
        print('get', name)
        return getattr(object.__getattribute__(self, '_t'), name)
    def __setattr__(self, name, value):
        print('set', name)
        setattr(self._t, name, value)
class T:
    def __init__(self): self.v = 1
    def hello(self): return 'hi'
    @property
    def p(self): return 'prop'
p = Proxy(T())
print(p.v, p.hello(), p.p)
p.v = 5
print(p._t.v)
try: p.missing
except AttributeError as e: print('AE', e)
class Lazy:
    def __getattribute__(self, name):
        raise AttributeError('always')
    def __getattr__(self, name):
        return 'fallback ' + name
print(Lazy().anything)
class Counter:
    count = 0
    def __getattribute__(self, name):
        type(self).count += 1
        return super().__getattribute__(name)
c = Counter(); c.x = 1; c.x; c.x
print(Counter.count)
class PropErr:
    @property
    def bad(self): raise AttributeError('inner')
    def __getattr__(self, name): return 'getattr ' + name
print(PropErr().bad)
print(hasattr(PropErr, 'bad'))
import sys
mod = type(sys)('m')
mod.__getattr__ = lambda name: f'dyn {name}'
print(mod.foo)
