# A class's own __getattribute__ sees every attribute access, method calls included;
# __getattr__ then gets the names it raises AttributeError for.


class Logged:
    def __init__(self):
        self.value = 1

    def __getattribute__(self, name):
        print('get', name)
        return super().__getattribute__(name)

    def method(self):
        return 'method result'


o = Logged()
print(o.value)
print(o.method())
try:
    o.missing
except AttributeError as e:
    print('AttributeError:', e)


class Fallback:
    def __getattribute__(self, name):
        if name.startswith('secret'):
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f'fallback for {name}'

    def hello(self):
        return 'hello'


f = Fallback()
print(f.secret_key, f.hello(), getattr(f, 'secret2', 'default?'))
print(hasattr(f, 'anything'))


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)

    def __getattribute__(self, name):
        target = object.__getattribute__(self, '_target')
        return getattr(target, name)


p = Proxy([3, 1, 2])
p.sort()
print(p.index(2), p.__len__())


class Counting:
    count = 0

    def __getattribute__(self, name):
        type(self).count += 1
        return object.__getattribute__(self, name)


c = Counting()
c.x = 5
for _ in range(10):
    c.x
print(Counting.count)


class Base:
    def __getattribute__(self, name):
        return 'from base' if name == 'magic' else super().__getattribute__(name)


class Derived(Base):
    def __init__(self):
        self.real = 'real'


d = Derived()
print(d.magic, d.real)
try:
    print(object.__getattribute__(d, 'magic'))
except AttributeError as e:
    print('AttributeError:', e)
