# ImportError's name/path (and AttributeError's name/obj, NameError's name) are reset by
# each __init__ call; copy, deepcopy and pickle keep name and path (ImportError_reduce).
import copy
import pickle

exc = ImportError("test", name="name", path="path")
print(exc.args, exc.msg, exc.name, exc.path)
exc.__init__()
print(exc.args, exc.msg, exc.name, exc.path)
exc.__init__("again", path="p2")
print(exc.args, exc.msg, exc.name, exc.path)

for kwargs in ({}, {"name": "somename"}, {"path": "somepath"}, {"name": "somename", "path": "somepath"}):
    orig = ImportError("test", **kwargs)
    print(orig.__reduce__())
    for c in (copy.copy, copy.deepcopy, lambda e: pickle.loads(pickle.dumps(e))):
        e = c(orig)
        print(" ", type(e).__name__, e.args, e.msg, e.name, e.path)

orig = ModuleNotFoundError("m", name="mod")
orig.extra = 5
print(orig.__reduce__())
e = copy.copy(orig)
print(type(e).__name__, e.name, e.extra)

e = AttributeError("m", name="n", obj=3)
e.__init__("z")
print(e.name, e.obj, e.args)
e = NameError("q", name="n")
e.__init__()
print(e.name, e.args)
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e.name, e.path, e.msg)
