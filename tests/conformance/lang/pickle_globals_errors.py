# pickle of globals (fix_imports names for protocols 0-2) and its errors.
import re as _re
import pickle, functools, collections, copyreg
for o in [int, str, len, range, functools.reduce, zip, map, filter, input, bytes, object, set, frozenset, list, dict, Exception, ValueError, collections.OrderedDict, copyreg._reconstructor, copyreg.__newobj__, type, KeyError, StopIteration, functools.partial, collections.deque, iter, sorted, reversed, enumerate, bool, float, tuple, property, super, slice, type(None), complex]:
    print(o.__qualname__, [pickle.dumps(o, p) for p in (0, 2, 3)])
def f():
    class C: pass
    return C
for o in [lambda: 0, f(), f]:
    for p in (0, 2, 4):
        try: pickle.dumps(o, p)
        except Exception as e: print(type(e).__module__, type(e).__name__, _re.sub(" at 0x[0-9a-f]+", "", str(e)))
class X:
    def __reduce__(self): return 5
try: pickle.dumps(X())
except Exception as e: print(type(e).__module__, type(e).__name__, _re.sub(" at 0x[0-9a-f]+", "", str(e)))
class Y:
    def __reduce__(self): return (1,)
try: pickle.dumps(Y())
except Exception as e: print(type(e).__module__, type(e).__name__, _re.sub(" at 0x[0-9a-f]+", "", str(e)))
try: pickle.dumps((x for x in []))
except Exception as e: print(type(e).__module__, type(e).__name__, _re.sub(" at 0x[0-9a-f]+", "", str(e)))
try: pickle.loads(b'garbage')
except Exception as e: print(type(e).__module__, type(e).__name__, _re.sub(" at 0x[0-9a-f]+", "", str(e)))
try: pickle.loads(b'')
except Exception as e: print(type(e).__module__, type(e).__name__, _re.sub(" at 0x[0-9a-f]+", "", str(e)))
try: pickle.loads(b'\x80\x04K')
except Exception as e: print(type(e).__module__, type(e).__name__, _re.sub(" at 0x[0-9a-f]+", "", str(e)))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.Pickler, pickle.Unpickler, pickle.PickleError.__mro__)
try: pickle.dumps(1, 6)
except Exception as e: print(type(e).__module__, type(e).__name__, _re.sub(" at 0x[0-9a-f]+", "", str(e)))
