# Library-style deprecation warnings and a test harness that checks them.
import warnings
import functools

def deprecated(reason):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            warnings.warn(f'{func.__name__} is deprecated: {reason}', DeprecationWarning, stacklevel=2)
            return func(*args, **kwargs)
        return wrapper
    return decorate

@deprecated('use new_api')
def old_api(x):
    return x * 2

print(old_api(1))
print(old_api(2))          # a second location warns again
for i in range(3):
    old_api(i)             # one location: one warning

LIBRARY = '''
import warnings
def lib_call():
    warnings.warn('library internals are deprecated', DeprecationWarning)
    warnings.warn('library says hello', UserWarning)
    return 'lib result'
'''
libns = {'__name__': 'somelib'}
exec(LIBRARY, libns)
print(libns['lib_call']())
print(libns['lib_call']())

def check_warns(category, func, *args):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        result = func(*args)
    matching = [w for w in caught if issubclass(w.category, category)]
    print(f'{func.__name__}{args}: {len(matching)} {category.__name__}(s):', [str(w.message) for w in matching])
    return result

check_warns(DeprecationWarning, old_api, 21)
check_warns(UserWarning, libns['lib_call'])
check_warns(Warning, libns['lib_call'])

with warnings.catch_warnings():
    warnings.simplefilter('error', DeprecationWarning)
    try:
        old_api(5)
    except DeprecationWarning as e:
        print('as error:', e)
with warnings.catch_warnings():
    warnings.filterwarnings('ignore', message='.*deprecated', category=DeprecationWarning)
    print('silenced:', old_api(6))

class ResourceHolder:
    def close(self):
        warnings.warn('close() called twice', RuntimeWarning, stacklevel=2)

r = ResourceHolder()
r.close()
r.close()
warnings.warn('final note', stacklevel=1)

def noisy():
    warnings.warn('every time', UserWarning)
warnings.simplefilter('always', UserWarning)
noisy(); noisy()
warnings.simplefilter('once', UserWarning)
noisy(); noisy()
print(len(warnings.filters))
print('done')
