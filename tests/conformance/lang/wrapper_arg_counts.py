# The built-in containers' slot wrappers and METH_O methods check their argument counts
# with CPython's messages (mapping_tests.py relies on it).
for t in (list, dict, set, frozenset, tuple, str, bytes):
    o = t()
    for name, args in [("__len__", (1,)), ("__contains__", ()), ("__iter__", (1,)),
                       ("__getitem__", ()), ("__setitem__", ()), ("__setitem__", (1,)),
                       ("__delitem__", ())]:
        f = getattr(o, name, None)
        if f is None:
            continue
        try:
            f(*args)
            print(t.__name__, name, "no error")
        except TypeError as e:
            print(t.__name__, name, repr(str(e)))
d = {1: 2}
for name in ("keys", "values", "items", "copy", "clear", "popitem"):
    try:
        getattr(d, name)(None)
    except TypeError as e:
        print(name, e)
for call in (lambda: [].__len__(x=1), lambda: {}.keys(x=1), lambda: {}.__getitem__(x=1)):
    try:
        call()
    except TypeError as e:
        print(e)
