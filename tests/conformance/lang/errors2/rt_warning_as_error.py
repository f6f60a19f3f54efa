import warnings, traceback
warnings.simplefilter('error')
def f():
    warnings.warn('deprecated', DeprecationWarning, stacklevel=2)
try:
    f()
except DeprecationWarning:
    traceback.print_exc()
warnings.warn_explicit('x', UserWarning, 'file.py', 3)
