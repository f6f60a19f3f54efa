# The errors file objects and open() raise, with CPython's exact types and messages: closed
# files, wrong-direction operations, bad modes and arguments, missing files and directories.
import io, os, pathlib, tempfile
os.chdir(tempfile.mkdtemp())
def t(f):
    try: r = f(); print('ok', repr(r))
    except Exception as e: print(type(e).__name__, e, getattr(e, 'args', None))
f = open(pathlib.Path('a.txt'), 'w'); print(repr(f.name), repr(f), repr(f.buffer), repr(f.buffer.raw), f.buffer.raw.mode, f.mode)
f.close(); print(repr(f), repr(f.buffer), repr(f.buffer.raw))
t(lambda: f.read()); t(lambda: f.write('x')); t(lambda: f.buffer.read()); t(lambda: f.buffer.write(b'x')); t(lambda: f.buffer.raw.read()); t(lambda: f.buffer.raw.write(b'x'))
t(lambda: f.tell()); t(lambda: f.buffer.tell()); t(lambda: f.buffer.raw.tell()); t(lambda: f.fileno()); t(lambda: f.buffer.fileno()); t(lambda: f.buffer.raw.fileno())
t(lambda: f.readline()); t(lambda: f.buffer.readline()); t(lambda: f.buffer.raw.readline()); t(lambda: f.flush()); t(lambda: f.buffer.flush());t(lambda: f.buffer.raw.flush())
t(lambda: f.seek(0)); t(lambda: f.buffer.seek(0)); t(lambda: f.buffer.raw.seek(0)); t(lambda: iter(f)); t(lambda: f.readable()); t(lambda: f.buffer.readable()); t(lambda: f.buffer.raw.readable())
t(lambda: f.__enter__()); t(lambda: f.truncate()); t(lambda: f.isatty()); t(lambda: f.buffer.isatty()); t(lambda: f.buffer.raw.isatty())
f = open('a.txt', 'w'); t(lambda: f.read()); t(lambda: f.buffer.read()); t(lambda: f.buffer.raw.read()); t(lambda: f.readline()); t(lambda: f.buffer.raw.readall()); t(lambda: f.buffer.peek())
f.close()
f = open('a.txt', 'r'); t(lambda: f.write('x')); t(lambda: f.buffer.write(b'x')); t(lambda: f.buffer.raw.write(b'x')); t(lambda: f.writelines(['x'])); t(lambda: f.truncate()); t(lambda: f.buffer.truncate()); t(lambda: f.buffer.raw.truncate())
t(lambda: f.seek(1, 1)); t(lambda: f.seek(1, 2)); t(lambda: f.seek(-1)); t(lambda: f.seek(0, 3)); t(lambda: f.buffer.seek(0, 3)); t(lambda: f.buffer.seek(-1)); t(lambda: f.buffer.raw.seek(-1)); t(lambda: f.buffer.raw.seek(0, 3))
t(lambda: f.read('x')); t(lambda: f.buffer.read('x')); t(lambda: f.buffer.raw.read('x')); t(lambda: f.read(None)); t(lambda: f.buffer.read(-2))
f.close()
for m in ['rw', 'rr', 'q', 'rb+t', 'bt', 'ab+', 'xb', '', 'r+w', 'U', 'rU', 'wU', 'w+']:
    t(lambda: open('a.txt', m))
t(lambda: open('a.txt', 'rb', encoding='utf-8')); t(lambda: open('a.txt', 'rb', errors='x')); t(lambda: open('a.txt', 'rb', newline='')); t(lambda: open('a.txt', 'r', newline='x'))
t(lambda: open('a.txt', 'rb', buffering=0).mode); t(lambda: open('a.txt', 'r', buffering=0)); t(lambda: open('a.txt', 'ab+', buffering=0).mode); t(lambda: open('a.txt', 'x')); t(lambda: open('nope/x', 'w')); t(lambda: open('.', 'r')); t(lambda: open('.', 'w')); t(lambda: open('a.txt/b'))
t(lambda: open(3.5)); t(lambda: open('a.txt', 5)); t(lambda: open(999)); t(lambda: open('a.txt', 'w', buffering=1))
t(lambda: open('a.txt','w').write(b'x')); t(lambda: open('a.txt','wb').write('x')); t(lambda: open('a.txt','w').write(5))
os.remove('a.txt')
os.rmdir(os.getcwd())
