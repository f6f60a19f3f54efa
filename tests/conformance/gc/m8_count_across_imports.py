import gc
gc.collect()
print("start", gc.get_count())
import sys
print("after import sys", gc.get_count())
import collections, functools, itertools
print("after stdlib imports", gc.get_count())
import os.path
from weakref import ref, WeakValueDictionary
from collections import OrderedDict, defaultdict
print("after from-imports", gc.get_count())
import types
mod = types.ModuleType("plugin")
mod.value = 42
sys.modules["plugin"] = mod
print("module registered", gc.get_count())
import plugin
print("imported fake module", plugin.value, gc.get_count())
import plugin
print("again", gc.get_count())
spec_mod = types.ModuleType("withspec")
class Spec:
    _initializing = False
spec_mod.__spec__ = Spec()
sys.modules["withspec"] = spec_mod
c0 = gc.get_count()
import withspec
print("spec with _initializing", gc.get_count()[0] - c0[0])
def lazy():
    import re
    import keyword, struct, warnings
    return re
for i in range(3):
    lazy()
    print("lazy call", i, gc.get_count())
import __main__
print("main", gc.get_count())
import builtins
print("builtins", gc.get_count())
del sys.modules["plugin"], sys.modules["withspec"]
print(gc.collect())
