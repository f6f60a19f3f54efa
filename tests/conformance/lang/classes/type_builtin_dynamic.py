Base = type('Base', (), {'greet': lambda self: 'hi from ' + type(self).__name__})
Child = type('Child', (Base,), {'x': 1})
c = Child()
print(c.greet(), c.x, Child.__bases__[0].__name__)
print(isinstance(c, Base), type(c).__name__)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['tag'] = name.lower()
        return super().__new__(mcls, name, bases, ns)


class Widget(metaclass=Meta):
    pass


print(Widget.tag, type(Widget).__name__)
