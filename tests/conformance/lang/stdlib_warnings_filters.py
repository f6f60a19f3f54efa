import warnings
import sys

def base(path):
    return path.rsplit('/', 1)[-1]

warnings.warn('plain message')
for i in range(3):
    warnings.warn('in a loop')          # shown once: same location
warnings.warn('in a loop')              # another line: shown again
warnings.warn('other category', RuntimeWarning)
warnings.warn(FutureWarning('an instance'))
warnings.warn('deprecated in main', DeprecationWarning)
warnings.warn('pending', PendingDeprecationWarning)  # ignored by default

def helper():
    warnings.warn('blame the caller', stacklevel=2)

def deeper():
    helper()

helper()
deeper()
warnings.warn('far too deep', stacklevel=50)
warnings.warn('level zero', stacklevel=0)

ns = {'__name__': 'libmod'}
exec("import warnings\nwarnings.warn('deprecated in a library', DeprecationWarning)\nwarnings.warn('user warning in a library')", ns)
print('registry of libmod:', sorted(k for k in ns['__warningregistry__'] if k != 'version'))
print('main registry size:', len([k for k in __warningregistry__ if k != 'version']))

print(warnings.filters)
try:
    warnings.warn('x', 'not a class')
except TypeError as e:
    print('TypeError', e)
try:
    warnings.warn('x', ValueError)
except TypeError as e:
    print('TypeError', e)

class MyWarning(UserWarning):
    pass

warnings.warn('custom', MyWarning)

warnings.simplefilter('error', MyWarning)
try:
    warnings.warn('custom again', MyWarning)
except MyWarning as e:
    print('raised', type(e).__name__, e, e.args)
warnings.warn('still a plain warning')

warnings.filterwarnings('ignore', message='spam')
warnings.warn('spam and eggs')       # ignored: message matches at the start
warnings.warn('eggs and spam')       # shown
warnings.filterwarnings('ignore', message='SHOUT')
warnings.warn('shout is matched without case')
warnings.filterwarnings('error', category=RuntimeWarning, module='__main__')
try:
    warnings.warn('runtime', RuntimeWarning)
except RuntimeWarning as e:
    print('raised RuntimeWarning', e)
print(len(warnings.filters), warnings.filters[0][0], warnings.filters[0][1], warnings.filters[0][3])

warnings.resetwarnings()
print('after reset', warnings.filters)
warnings.warn('in a loop')              # filters changed: registry emptied, shown again
warnings.simplefilter('always')
for i in range(2):
    warnings.warn('always shown')
warnings.simplefilter('once')
for i in range(2):
    warnings.warn('once only')
warnings.warn('once only')
warnings.simplefilter('module')
for i in range(2):
    warnings.warn('module once')
warnings.warn('module once')
warnings.simplefilter('ignore')
warnings.warn('ignored now')
warnings.simplefilter('default')
warnings.simplefilter('default')
print(warnings.filters)
warnings.simplefilter('ignore', append=True)
print(warnings.filters)

for bad in [('bogus',), ('error', 'x', 'y')]:
    try:
        warnings.filterwarnings(*bad)
    except AssertionError as e:
        print('AssertionError', e)
try:
    warnings.simplefilter('ignore', lineno=-1)
except AssertionError as e:
    print('AssertionError', e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('recorded one')
    warnings.warn('recorded two', SyntaxWarning)
    helper()
print(len(log))
for w in log:
    print(w.category.__name__, w.message, type(w.message).__name__, base(w.filename), w.lineno, w.line, w.file, w.source)
    print(str(w).replace(w.filename, base(w.filename)))
print(warnings.filters[0])

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('inside')
    except UserWarning as e:
        print('inside raised', e)
warnings.warn('outside again')

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        with cw:
            pass
    except RuntimeError as e:
        print(e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(e)
with warnings.catch_warnings(record=True, action='always', category=MyWarning) as log2:
    warnings.warn('via action', MyWarning)
    warnings.warn('via action', MyWarning)
print(len(log2), [str(w.message) for w in log2])

def my_show(message, category, filename, lineno, file=None, line=None):
    print('SHOW:', category.__name__, message, base(filename), lineno, file, line)

old = warnings.showwarning
warnings.showwarning = my_show
warnings.warn('through my_show')
warnings.showwarning = old

def my_format(message, category, filename, lineno, line=None):
    return 'FORMATTED %s [%s] line %d\n' % (message, category.__name__, lineno)

old_format = warnings.formatwarning
warnings.formatwarning = my_format
warnings.warn('through my_format')
warnings.formatwarning = old_format
print(repr(warnings.formatwarning('msg', UserWarning, 'file.py', 12, 'source line  ')))
print(repr(warnings.formatwarning('msg', UserWarning, 'nofile.py', 12)))
warnings.showwarning('shown directly', UserWarning, 'direct.py', 7, sys.stdout, 'the line')
warnings.showwarning('shown directly', UserWarning, 'direct.py', 7, line='')

reg = {}
warnings.warn_explicit('explicit', UserWarning, 'some/file.py', 42, registry=reg)
warnings.warn_explicit('explicit', UserWarning, 'some/file.py', 42, registry=reg)
warnings.warn_explicit('explicit', UserWarning, 'some/file.py', 43, 'mod', reg)
print(sorted(k for k in reg if k != 'version'))
warnings.warn_explicit(Warning('instance'), None, 'x.py', 1)
warnings.warn_explicit('depr', DeprecationWarning, 'x.py', 1, module='__main__')
warnings.warn_explicit('depr', DeprecationWarning, 'x.py', 1, module='other')
warnings.warn(42)
print(warnings.__all__)
print(issubclass(warnings.WarningMessage, object), warnings.defaultaction, warnings.onceregistry == {} or sorted(k for k in warnings.onceregistry if k != 'version'))
print('done')
