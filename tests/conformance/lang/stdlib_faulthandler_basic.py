# faulthandler's state switches.
import faulthandler

print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
faulthandler.disable()
print(faulthandler.is_enabled())
faulthandler.enable(all_threads=False)
print(faulthandler.is_enabled())
faulthandler.disable()
faulthandler.cancel_dump_traceback_later()
try:
    faulthandler.dump_traceback_later(0)
except ValueError as e:
    print('ValueError', e)
print(faulthandler.is_enabled())
