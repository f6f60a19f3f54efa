# Attribute validation with descriptors (__set_name__, __get__, __set__) and __slots__.


class Validated:
    def __init__(self, *, minimum=None, maximum=None, kind=None):
        self.minimum, self.maximum, self.kind = minimum, maximum, kind

    def __set_name__(self, owner, name):
        self.public = name
        self.private = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)

    def __set__(self, obj, value):
        if self.kind is not None and not isinstance(value, self.kind):
            raise TypeError(f'{self.public} must be {self.kind.__name__}, not {type(value).__name__}')
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f'{self.public} must be >= {self.minimum}')
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f'{self.public} must be <= {self.maximum}')
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        raise AttributeError(f"can't delete {self.public}")


class LazyProperty:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Product:
    price = Validated(minimum=0, kind=(int, float).__class__ and float)
    quantity = Validated(minimum=0, maximum=1000, kind=int)
    name = Validated(kind=str)

    def __init__(self, name, price, quantity):
        self.name = name
        self.price = price
        self.quantity = quantity
        self.computed = 0

    @LazyProperty
    def summary(self):
        """Computed once."""
        self.computed += 1
        return f'{self.name}: {self.quantity} x {self.price}'


p = Product('pen', 1.5, 10)
print(p.summary, p.summary, p.computed, 'summary' in vars(p))
print(Product.price.public, Product.summary.__doc__, type(Product.__dict__['quantity']).__name__)
for attr, value in [('price', -1.0), ('quantity', 5000), ('quantity', 2.5), ('name', 42), ('price', 3.0)]:
    try:
        setattr(p, attr, value)
        print('set', attr, getattr(p, attr))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del p.quantity
except AttributeError as e:
    print('AttributeError:', e)


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


pt = Point(1, 2)
try:
    pt.z = 3
except AttributeError as e:
    print('AttributeError:', e)
print(pt, hasattr(pt, '__dict__'), Point.x.__name__, type(Point.x).__name__)
del pt.y
try:
    pt.y
except AttributeError as e:
    print('AttributeError:', e)


class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v

    @celsius.deleter
    def celsius(self):
        print('resetting')
        self._c = 0

    kelvin = property(lambda self: self._c + 273.15, doc='read only')


t = Temperature()
t.celsius = 25
print(t.celsius, t.kelvin, Temperature.kelvin.__doc__)
del t.celsius
print(t.celsius)
try:
    t.kelvin = 0
except AttributeError as e:
    print('AttributeError:', e)
