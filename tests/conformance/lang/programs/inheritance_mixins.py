# Cooperative multiple inheritance with mixins and super() chains.
import json


class Base:
    def __init__(self, **kwargs):
        self.extra = kwargs
        self.trace = ['Base']

    def describe(self):
        return [type(self).__name__]


class JsonMixin:
    def to_json(self):
        data = {k: v for k, v in vars(self).items() if not k.startswith('_') and k != 'trace'}
        return json.dumps(data, sort_keys=True)

    def describe(self):
        return super().describe() + ['json']


class CompareMixin:
    key_fields = ()

    def _key(self):
        return tuple(getattr(self, f) for f in self.key_fields)

    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def describe(self):
        return super().describe() + ['compare']


class Named(Base):
    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.trace.append('Named')


class Aged(Base):
    def __init__(self, age=0, **kwargs):
        super().__init__(**kwargs)
        self.age = age
        self.trace.append('Aged')


class Person(JsonMixin, CompareMixin, Named, Aged):
    key_fields = ('name', 'age')

    def __init__(self, name, age, **kwargs):
        super().__init__(name=name, age=age, **kwargs)
        self.trace.append('Person')

    def __repr__(self):
        return f'Person({self.name!r}, {self.age})'


p = Person('ann', 31, city='paris')
print([c.__name__ for c in Person.__mro__])
print(p.trace, p.extra)
print(p.to_json())
print(p.describe())
people = [Person('cy', 40), Person('ann', 31), Person('bob', 25), Person('ann', 20)]
print(sorted(people), Person('ann', 31) == p, len(set(people + [p])))
print(isinstance(p, JsonMixin), issubclass(Person, Base), Person.__bases__)


class A:
    def who(self):
        return 'A'


class B(A):
    def who(self):
        return 'B>' + super().who()


class C(A):
    def who(self):
        return 'C>' + super().who()


class D(B, C):
    def who(self):
        return 'D>' + super().who()


print(D().who(), [k.__name__ for k in D.mro()])
print(super(B, D()).who(), super(D, D()).who())
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)
