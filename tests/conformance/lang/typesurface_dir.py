# dir() of built-in types: lengths and contents.
import types, sys

TYPES = [object, type, int, bool, float, complex, str, bytes, bytearray, list, tuple,
         dict, set, frozenset, range, slice, memoryview, property, super, map, filter,
         BaseException, Exception, ValueError, KeyError, StopIteration,
         types.FunctionType, types.TracebackType,
         type(None), type(NotImplemented), type(Ellipsis),
         type({}.keys()), type({}.items()), type({}.values()), type(len)]
for t in TYPES:
    names = dir(t)
    print(t.__name__, len(names), names == sorted(names))
    print(' ', names)
print('__doc__' in dir([]), '__doc__' in dir(1), '__doc__' in dir(object()))
print([n for n in dir(type) if not n.startswith('__')])
m = sys.modules[__name__]
print(type(m.__dict__).__name__, m.__dict__ is globals(), 'types' in m.__dict__)
print('__dict__' in dir(types.ModuleType))
