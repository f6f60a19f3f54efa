# tempfile: gettempdir, mkdtemp/mkstemp names, NamedTemporaryFile (removed on close),
# TemporaryFile (no name), TemporaryDirectory (removed on exit / cleanup), SpooledTemporaryFile.
import os, re, tempfile
tmp = tempfile.gettempdir()
print(os.path.isdir(tmp), tempfile.gettempprefix(), tempfile.gettempdirb() == tmp.encode())
d = tempfile.mkdtemp()
print(os.path.isdir(d), os.path.isabs(d), re.fullmatch(re.escape(tmp) + r'/tmp[a-z0-9_]{8}', d) is not None, oct(os.stat(d).st_mode & 0o777))
d2 = tempfile.mkdtemp(prefix='pre_', suffix='_suf', dir=d)
print(os.path.basename(d2).startswith('pre_'), d2.endswith('_suf'), os.path.dirname(d2) == d)
fd, name = tempfile.mkstemp(prefix='f', suffix='.txt', dir=d)
print(isinstance(fd, int), os.path.exists(name), name.endswith('.txt'), oct(os.stat(name).st_mode & 0o777))
os.write(fd, b'mkstemp data')
os.close(fd)
print(open(name).read())
with tempfile.NamedTemporaryFile('w+', suffix='.log', dir=d) as t:
    print(type(t).__name__, t.name.endswith('.log'), os.path.exists(t.name), t.mode)
    t.write('named\n')
    t.flush()
    print(open(t.name).read(), end='')
    t.seek(0)
    print(t.read(), end='')
    kept = t.name
print(os.path.exists(kept))
t = tempfile.NamedTemporaryFile(delete=False, dir=d)
t.write(b'kept')
t.close()
print(os.path.exists(t.name), open(t.name, 'rb').read())
os.remove(t.name)
with tempfile.TemporaryFile() as f:
    print(type(f).__name__, isinstance(f.name, int), f.mode)
    f.write(b'anonymous')
    f.seek(0)
    print(f.read())
with tempfile.TemporaryFile('w+') as f:
    f.write('text temp')
    f.seek(0)
    print(f.read(), type(f).__name__)
with tempfile.TemporaryDirectory() as td:
    print(type(td).__name__, os.path.isdir(td))
    with open(os.path.join(td, 'inner.txt'), 'w') as f:
        f.write('x')
    os.mkdir(os.path.join(td, 'sub'))
print(os.path.exists(td))
tdo = tempfile.TemporaryDirectory(prefix='obj')
print(repr(tdo) == f"<TemporaryDirectory {tdo.name!r}>", os.path.basename(tdo.name)[:3], os.path.isdir(tdo.name))
tdo.cleanup()
print(os.path.exists(tdo.name))
tdo = tempfile.TemporaryDirectory()
gone = tdo.name
del tdo
print(os.path.exists(gone))
with tempfile.SpooledTemporaryFile(max_size=10, mode='w+') as s:
    s.write('short')
    print(s._rolled)
    s.write(' and much longer')
    print(s._rolled)
    s.seek(0)
    print(s.read())
os.remove(name)
os.rmdir(d2)
os.rmdir(d)
try:
    tempfile.mkdtemp(dir='/no/such/dir')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
