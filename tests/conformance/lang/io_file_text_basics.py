# Text files on the file system: write then read back, line iteration, with, print(file=),
# writelines, seek/tell/truncate, append and exclusive-create modes, attributes and reprs.
import os, tempfile, shutil
home = tempfile.mkdtemp()
os.chdir(home)

with open('notes.txt', 'w') as f:
    print(repr(f), f.name, f.mode, f.encoding, f.errors, f.closed, f.line_buffering)
    print(f.write('first line\n'), f.write('second line\n'))
    print('third', 'line', sep='-', file=f)
    f.writelines(['fourth\n', 'fifth'])
    print(f.tell(), f.readable(), f.writable(), f.seekable(), f.isatty(), f.fileno() >= 3)
print(f.closed, repr(f))

with open('notes.txt') as f:
    print(repr(f.read()))
with open('notes.txt') as f:
    for number, line in enumerate(f, 1):
        print(number, repr(line), line.rstrip())
with open('notes.txt') as f:
    print(f.readline(), end='')
    print(repr(f.readline(3)), repr(f.readline()), f.readlines())
    print(repr(f.readline()), repr(f.read()), f.tell())
with open('notes.txt') as f:
    print(f.readlines(12))
    try:
        f.tell()  # readlines() iterates, and iteration turns tell() off until a seek
    except OSError as e:
        print(type(e).__name__, e)
    f.seek(0)
    print(f.read(5), f.tell(), f.read(3))
    f.seek(0)
    print(repr(f.read(10)), f.seek(0, 2), repr(f.read()))
print([line.strip().upper() for line in open('notes.txt')])
print(sum(1 for _ in open('notes.txt')), len(open('notes.txt').readlines()))

with open('notes.txt', 'a') as f:
    print(f.tell())
    f.write('\nsixth\n')
print(open('notes.txt').read().splitlines()[-2:])

with open('notes.txt', 'r+') as f:
    f.write('FIRST')
    f.seek(0)
    print(repr(f.readline()))
    f.seek(0, 2)
    f.write('end\n')
    print(f.tell())
    f.seek(6)
    print(f.truncate(), f.tell())
print(repr(open('notes.txt').read()))

with open('fresh.txt', 'x') as f:
    f.write('made')
try:
    open('fresh.txt', 'x')
except FileExistsError as e:
    print(type(e).__name__, e, e.errno, e.filename)

with open('notes.txt', 'w+') as f:
    f.write('w plus\nsecond\n')
    f.seek(0)
    print(f.readlines())
    print(repr(f), f.mode)

with open('blank.txt', 'w'):
    pass
print(repr(open('blank.txt').read()), open('blank.txt').readlines(), os.path.getsize('blank.txt'))

data = {'k': 1}
with open('nums.txt', 'w') as out:
    for i in range(5):
        out.write(f'{i} {i * i}\n')
total = 0
with open('nums.txt') as inp:
    for line in inp:
        a, b = map(int, line.split())
        total += b
print(total)
os.chdir('/')
shutil.rmtree(home)
print(os.path.exists(home))
