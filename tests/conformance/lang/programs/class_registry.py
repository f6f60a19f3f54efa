# Class and static methods, __init_subclass__ registries, alternative constructors, __repr__/__eq__.


class Serializer:
    registry = {}
    created = 0

    def __init_subclass__(cls, fmt=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if fmt:
            Serializer.registry[fmt] = cls

    def __init__(self, data):
        self.data = data
        Serializer.created += 1

    @classmethod
    def for_format(cls, fmt, data):
        try:
            return cls.registry[fmt](data)
        except KeyError:
            raise ValueError(f'no serializer for {fmt!r}') from None

    @staticmethod
    def escape(text):
        return text.replace(',', '\\,')

    def dump(self):
        raise NotImplementedError

    def __repr__(self):
        return f'{type(self).__name__}({self.data!r})'


class CsvSerializer(Serializer, fmt='csv'):
    def dump(self):
        return ','.join(self.escape(str(v)) for v in self.data)


class KvSerializer(Serializer, fmt='kv'):
    def dump(self):
        return ';'.join(f'{k}={v}' for k, v in self.data.items())


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))

    @classmethod
    def parse(cls, text):
        value, unit = float(text[:-1]), text[-1].upper()
        return cls(value) if unit == 'C' else cls.from_fahrenheit(value)

    @staticmethod
    def is_freezing(celsius):
        return celsius <= 0

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    def __eq__(self, other):
        return isinstance(other, Temperature) and self.celsius == other.celsius

    def __repr__(self):
        return f'Temperature({self.celsius}°C)'


print(sorted(Serializer.registry))
print(Serializer.for_format('csv', ['a', 'b,c', 3]).dump())
print(Serializer.for_format('kv', {'x': 1, 'y': 2}).dump())
try:
    Serializer.for_format('xml', [])
except ValueError as e:
    print('ValueError:', e, e.__cause__, e.__suppress_context__)
print(Serializer.created, CsvSerializer.escape('1,2'), CsvSerializer([1]))
try:
    Serializer([]).dump()
except NotImplementedError:
    print('abstract dump')
t = Temperature.parse('212F')
print(t, t.fahrenheit, Temperature.parse('-5c'), Temperature.is_freezing(t.celsius))
print(Temperature(100.0) == t, Temperature(1) == 1, Temperature(1) != Temperature(2))
print(type(Temperature.__dict__['parse']).__name__, type(Temperature.__dict__['is_freezing']).__name__)
print(Temperature.from_fahrenheit.__self__ is Temperature, CsvSerializer.for_format.__func__ is Serializer.for_format.__func__)
temps = sorted([Temperature(30), Temperature(-2), Temperature(12)], key=lambda t: t.celsius)
print(temps, [t for t in temps if Temperature.is_freezing(t.celsius)])
