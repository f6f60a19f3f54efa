import contextlib, os, tempfile, time, warnings
e = UnicodeTranslateError('abc', 1, 2, 'bad')
print(str(e), e.args, e.object, e.start, e.end, e.reason, e.encoding)
print(str(UnicodeTranslateError('a\u20acc', 1, 2, 'r')), str(UnicodeTranslateError('abc', 0, 3, 'r')), repr(UnicodeTranslateError('abc', 0, 3, 'r')))
for args in [('a',), ()]:
    try:
        UnicodeTranslateError(*args)
    except TypeError as x:
        print(x)
print(issubclass(UnicodeTranslateError, UnicodeError), UnicodeTranslateError.__mro__)
class MyT(UnicodeTranslateError):
    pass
print(str(MyT('xyz', 0, 1, 'why')))
try:
    raise UnicodeTranslateError('\U0001f600', 0, 1, 'emoji')
except UnicodeError as x:
    print(type(x).__name__, x)
print(EncodingWarning.__mro__, issubclass(EncodingWarning, Warning))
warnings.warn("enc", EncodingWarning)
print(time.strptime('2024-03-05 10:20', '%Y-%m-%d %H:%M'))
print(time.strptime('Tue Mar  5 10:20:00 2024'))
print(time.strptime('10', '%H'), time.strptime('2024 100', '%Y %j'))
t = time.strptime('2024-03-05 +0130', '%Y-%m-%d %z'); print(t.tm_gmtoff, t.tm_zone)
t = time.strptime('2024-03-05', '%Y-%m-%d'); print(t.tm_gmtoff, t.tm_zone, time.strftime("%d/%m/%Y", t), time.mktime(t) > 0)
for bad in [("2024-13-01", "%Y-%m-%d"), ("x", "%Y"), (5, "%Y"), ("2024-01-01 extra", "%Y-%m-%d")]:
    try:
        time.strptime(*bad)
    except (ValueError, TypeError) as x:
        print(type(x).__name__, x)
d = tempfile.mkdtemp()
before = os.getcwd()
with contextlib.chdir(d):
    print(os.getcwd() == os.path.realpath(d) or os.getcwd() == d)
print(os.getcwd() == before)
os.rmdir(d)
print(contextlib.chdir.__mro__[1].__name__, "chdir" in contextlib.__all__)
