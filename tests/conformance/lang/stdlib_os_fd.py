# Descriptor-level os functions: open with O_* flags, read, write, lseek, fstat, ftruncate,
# close, fdopen, and mkstemp's descriptor; os.environ / os.linesep / os.sep / urandom.
import os, tempfile
base = tempfile.mkdtemp()
path = os.path.join(base, 'fd.bin')
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(type(fd).__name__, os.write(fd, b'hello world'), os.lseek(fd, 0, os.SEEK_CUR), os.fstat(fd).st_size)
os.close(fd)
fd = os.open(path, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10), os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 3))
print(os.lseek(fd, -2, os.SEEK_END), os.read(fd, 10))
try:
    os.write(fd, b'x')
except OSError as e:
    print(type(e).__name__, e)
os.close(fd)
for bad in [lambda: os.close(fd), lambda: os.read(fd, 1), lambda: os.fstat(fd)]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e)
fd = os.open(path, os.O_RDWR | os.O_APPEND)
os.write(fd, b'!')
os.ftruncate(fd, 4)
os.lseek(fd, 0, 0)
print(os.read(fd, 100))
os.close(fd)
try:
    os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
except FileExistsError as e:
    print(type(e).__name__, e.errno)
try:
    os.open(os.path.join(base, 'none'), os.O_RDONLY)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
fd, name = tempfile.mkstemp(suffix='.dat', dir=base)
with os.fdopen(fd, 'w') as f:
    f.write('through fdopen')
print(open(name).read(), name.endswith('.dat'), os.path.dirname(name) == base)
os.truncate(name, 7)
print(open(name).read())
os.remove(name)
os.remove(path)
os.rmdir(base)
print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.extsep)
print(isinstance(os.environ, dict) or hasattr(os.environ, 'get'), os.environ.get('PYMM_UNSET_VARIABLE'))
os.environ['PYMM_TEST_VAR'] = 'yes'
print(os.environ['PYMM_TEST_VAR'], os.getenv('PYMM_TEST_VAR'), 'PYMM_TEST_VAR' in os.environ)
print(len(os.urandom(16)), type(os.urandom(1)).__name__)
