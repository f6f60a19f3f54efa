# Errors from types' C-level classes in CPython: SimpleNamespace's missing attributes (with
# the suggestion in the traceback), GenericAlias substitution errors with no library frames.
import typing
T = typing.TypeVar('T')
try:
    list[T][int, str]
except TypeError as e:
    print(e)
import types
ns = types.SimpleNamespace(alpha=1)
try: ns.alpah
except AttributeError as e: print(e, e.name, e.obj is ns)
class Sub(types.SimpleNamespace): pass
try: Sub().x
except AttributeError as e: print(e)
print(getattr(ns, 'zz', 5), hasattr(ns, 'zz'))
try: del ns.zz
except AttributeError as e: print(e)
ns.alpah
