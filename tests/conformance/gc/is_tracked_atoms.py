import gc


class C:
    pass


class S:
    __slots__ = ()


class MyInt(int):
    pass


class MyFloat(float):
    pass


for label, obj in [
    ('None', None), ('int', 1), ('big int', 2**100), ('float', 1.0), ('complex', 1j), ('str', 'a'),
    ('bytes', b'a'), ('bytearray', bytearray()), ('range', range(3)), ('object()', object()),
    ('type int', int), ('type type', type), ('type object', object), ('user class', C),
    ('instance', C()), ('slots instance', S()), ('int subclass', MyInt(3)),
    ('float subclass', MyFloat(2.5)), ('list', []), ('set', set()), ('frozenset', frozenset()),
    ('empty tuple', ()), ('function', lambda: 0), ('module gc', gc), ('slice', slice(1, 2)),
    ('list iterator', iter([])),
]:
    print(f'{label:15} {gc.is_tracked(obj)}')
