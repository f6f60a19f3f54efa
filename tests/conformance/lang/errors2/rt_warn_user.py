import warnings
warnings.warn('careful now')
def f():
    warnings.warn('deprecated thing', DeprecationWarning, stacklevel=2)
f()
warnings.warn('runtime', RuntimeWarning)
print('done')
