# sys.flags and sys.version_info cannot be instantiated; float_info's type can; call_tracing
# calls with a tuple of arguments; _clear_type_cache returns None; get_asyncgen_hooks is a
# structseq with named fields.
import sys

for attr in (sys.flags, sys.version_info):
    t = type(attr)
    for make in (lambda: t(attr), lambda: t.__new__(t, attr)):
        try:
            make()
            print("created")
        except TypeError:
            print("TypeError")
print(type(sys.float_info)(range(11)).epsilon, len(sys.flags), sys.version_info[:2] >= (3, 11))
print(sys.call_tracing(max, (3, 7, 5)))
try:
    sys.call_tracing(type, 2)
except TypeError as e:
    print("TypeError:", e)
print(sys._clear_type_cache())
hooks = sys.get_asyncgen_hooks()
print(hooks, hooks.firstiter, hooks[1], len(hooks), type(hooks).__name__)
first = lambda *a: None
sys.set_asyncgen_hooks(firstiter=first)
print(sys.get_asyncgen_hooks().firstiter is first, sys.get_asyncgen_hooks()[0] is first)
sys.set_asyncgen_hooks(*hooks)
print(sys.get_asyncgen_hooks())
