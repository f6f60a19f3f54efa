# inspect.signature of built-in types' bound methods.
import inspect
class MyList(list):
    pass
for m in ([].append, [].index, [].sort, {}.get, dict.fromkeys, "".split, "".join, "".replace, set().add, (1,).count, (5).to_bytes, int.from_bytes, (1.5).hex, b"".decode, MyList().append, "".format, {}.update):
    try:
        print(m.__name__, inspect.signature(m))
    except ValueError as e:
        print(m.__name__, "ValueError", str(e).split(" of ")[0])
