# sys.unraisablehook gets err_msg None for a __del__ error and "Exception ignored <msg>" for
# an explicit message; a hook that fails is reported by the default hook; the default hook
# refuses what is not an UnraisableHookArgs.
import sys

import _testcapi


class Named:
    def __repr__(self):
        return "<Named>"


class A:
    def __del__(self):
        raise ValueError("boom")


def hook(args):
    shown = getattr(args.object, "__qualname__", args.object)
    print("hook:", args.exc_type.__name__, args.exc_value, repr(args.err_msg), shown,
          args.exc_traceback is args.exc_value.__traceback__)


sys.unraisablehook = hook
a = A()
del a
_testcapi.write_unraisable_exc(KeyError(1), "custom", Named())
_testcapi.write_unraisable_exc(KeyError(2), None, Named())


class BadHook:
    def __call__(self, args):
        raise RuntimeError("hook failed")

    def __repr__(self):
        return "<BadHook>"


sys.unraisablehook = BadHook()
_testcapi.write_unraisable_exc(KeyError(3), "in bad hook", None)
sys.unraisablehook = sys.__unraisablehook__
_testcapi.write_unraisable_exc(KeyError(4), "with message", Named())
_testcapi.write_unraisable_exc(KeyError(5), "without object", None)
try:
    sys.unraisablehook(ValueError(1))
except TypeError as e:
    print("TypeError:", e)
print("end")
