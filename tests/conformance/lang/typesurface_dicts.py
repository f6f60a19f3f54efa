# The namespaces of built-in types: vars(T) / T.__dict__ key sets, reprs of the
# descriptors they hold, and identities with attribute access.
import types

TYPES = [object, type, int, bool, float, complex, str, bytes, bytearray, list, tuple,
         dict, set, frozenset, range, slice, memoryview, property, staticmethod,
         classmethod, super, enumerate, map, filter, BaseException,
         Exception, ValueError, KeyError, StopIteration,
         types.FunctionType, types.MethodType, types.TracebackType,
         type(None), type(NotImplemented), type(Ellipsis),
         type({}.keys()), type({}.items()), type({}.values()), type(len)]

for t in TYPES:
    d = t.__dict__
    print(t.__name__, type(d).__name__, len(d), sorted(d))
    print('  vars same keys:', sorted(vars(t)) == sorted(d))

print(list.__dict__['append'])
print(list.__dict__['append'] is list.__dict__['append'])
print(list.__dict__['append'] == list.append)
print(list.__dict__['__hash__'], dict.__dict__['__hash__'], set.__dict__['__hash__'])
print('__hash__' in object.__dict__, object.__dict__['__hash__'])
print(int.__dict__['__add__'])
print(str.__dict__['upper'], str.__dict__['upper']('abc'))
print(int.__dict__['real'], type(int.__dict__['real']).__name__)
print(type.__dict__['__mro__'], type(type.__dict__['__mro__']).__name__)
print(type.__dict__['__name__'], type.__dict__['__name__'].__get__(int))
print(type.__dict__['__mro__'].__get__(bool))
print(type(list.__dict__['__doc__']).__name__, list.__dict__['__doc__'] == list.__doc__)
print(dict.__dict__['fromkeys'])
print(dict.__dict__['fromkeys'](dict, 'ab'))
print(complex.__dict__['real'], BaseException.__dict__['args'])
print(types.FunctionType.__dict__['__code__'], types.FunctionType.__dict__['__globals__'])
print('append' in list.__dict__, 'append' in vars(list), 'append' in tuple.__dict__)
print('keys' in dict.__dict__, 'get' in dict.__dict__, '__len__' in list.__dict__)
print(object.__dict__['__class__'])
for name, value in sorted(vars(list).items()):
    if not name.startswith('__'):
        print(' ', name, value)
