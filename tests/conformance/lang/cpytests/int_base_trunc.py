import warnings
warnings.simplefilter('ignore')
for base in (2**100, -2**100, 37, 1, -1):
    try:
        int('0', base)
    except Exception as e:
        print(type(e).__name__, e)
class JustTrunc:
    def __trunc__(self):
        return 42
print(int(JustTrunc()))
class TruncReturnsIndex:
    def __trunc__(self):
        class I:
            def __index__(self): return 7
        return I()
print(int(TruncReturnsIndex()))
class Bad:
    def __trunc__(self):
        return 'x'
try:
    int(Bad())
except TypeError as e:
    print(e)
try:
    int(x=1)
except TypeError as e:
    print(e)
print(int('10', base=8), int(x='10', base=2) if False else '')
warnings.resetwarnings()
warnings.simplefilter('always')
class T:
    def __trunc__(self):
        return 3
print(int(T()))
try:
    int('5', base='x')
except TypeError as e:
    print(e)
