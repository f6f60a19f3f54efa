import warnings
warnings.simplefilter('always')
warnings.warn(
    'multi-line call')
x = [warnings.warn('in a comprehension %d' % i) for i in range(1)]
f = lambda: warnings.warn('in a lambda')
f()
def gen():
    yield 1
    warnings.warn('in a generator')
    yield 2
list(gen())
class K:
    warnings.warn('in a class body')
    def method(self):
        warnings.warn('in a method',
                      stacklevel=1)
K().method()
try:
    1 / 0
except ZeroDivisionError:
    warnings.warn('in an except block')
finally:
    warnings.warn('in a finally block')
with warnings.catch_warnings(record=True) as log:
    warnings.warn('recorded'); warnings.warn('second on the same line')
print([(w.lineno, str(w.message)) for w in log])
