# super() finds the class methods of built-in types along the MRO (type.__prepare__ from a
# metaclass, dict.fromkeys, int.from_bytes), bound to the class.
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        ns['injected'] = 1
        return ns
class C(metaclass=M):
    pass
print(C.injected, type.__prepare__("x", ()))
import types
print(types.new_class('D', (), {'metaclass': M}).injected)
print(types.prepare_class('E', (), {'metaclass': M}))
class DD(dict):
    @classmethod
    def fromkeys(cls, keys, value=None):
        d = super().fromkeys(keys, value)
        return (type(d).__name__, d)
print(DD.fromkeys('ab', 0))
class I(int):
    @classmethod
    def from_bytes(cls, *a, **k):
        return ('mine', super().from_bytes(*a, **k))
print(I.from_bytes(b'\x01\x00', 'big'))
