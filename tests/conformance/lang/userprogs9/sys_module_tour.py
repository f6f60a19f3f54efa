# A tour of the sys module's everyday attributes
import sys

print("math" in sys.stdlib_module_names, "numpy" in sys.stdlib_module_names, len(sys.stdlib_module_names))
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names, "json" in sys.builtin_module_names)
print(type(sys.stdlib_module_names).__name__, type(sys.builtin_module_names).__name__)
print(sys.meta_path == [] or isinstance(sys.meta_path, list), isinstance(sys.path_hooks, list), isinstance(sys.path_importer_cache, dict))
print(sys.pycache_prefix, sys._xoptions, sys.getdlopenflags(), sys.get_coroutine_origin_tracking_depth())
events = []
sys.addaudithook(lambda event, args: events.append((event, args)) if event.startswith("myapp.") else None)
sys.audit("myapp.start", 1, "two")
sys.audit("myapp.stop")
print(events)
try:
    sys.audit(42)
except TypeError as e:
    print("TypeError:", e)
print(sys.gettrace(), sys.getprofile())
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
print(sys.maxsize, sys.byteorder, sys.platform, sys.float_info.max, sys.int_info.bits_per_digit, sys.hash_info.width)
print(sys.version_info >= (3, 11), sys.version_info[:2], sys.implementation.name, sys.getrecursionlimit())
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.flags.optimize, sys.dont_write_bytecode in (True, False))
print([name for name in dir(sys) if not name.startswith("_")][:12])
def hook(args):
    print("unraisable:", args.exc_type.__name__, args.err_msg, type(args).__name__)
sys.unraisablehook = hook
class Noisy:
    def __del__(self):
        raise ValueError("in __del__")
n = Noisy()
del n
sys.exit(sys.maxsize > 2**32 and 0)
