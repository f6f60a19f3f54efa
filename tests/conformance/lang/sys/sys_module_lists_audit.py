# sys attributes programs inspect: the module name lists, the import-system lists, audit hooks.
import sys

print(type(sys.stdlib_module_names).__name__, len(sys.stdlib_module_names))
print(all(m in sys.stdlib_module_names for m in ('gc', 'sys', 'os', 'json', 'weakref', 'asyncio')))
print('numpy' in sys.stdlib_module_names, 'gc' in sys.builtin_module_names)
print(type(sys.builtin_module_names).__name__, sys.builtin_module_names[:4])
print(type(sys.meta_path).__name__, type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__)
print(sys._xoptions, sys.pycache_prefix, type(sys.orig_argv).__name__)
print(sys.audit('nobody.listens', 1, 2))
events = []
sys.addaudithook(lambda event, args: events.append((event, args)) if event.startswith('my.') else None)
sys.audit('my.event', 1, 'two')
print(events)
try:
    sys.audit(42)
except TypeError as e:
    print('TypeError', e)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(3)
print(sys.get_coroutine_origin_tracking_depth())
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print('ValueError', e)
sys.settrace(None)
sys.setprofile(None)
print(sys.gettrace(), sys.getprofile())
hidden = [n for n in ('UnraisableHookArgs', '_switchinterval', 'implementation_name') if n in dir(sys)]
print(hidden)
