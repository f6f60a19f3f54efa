# shutil on the file system: copyfile/copy/copy2 (into a directory), copyfileobj, copytree
# (ignore, dirs_exist_ok), rmtree (errors, ignore_errors, onerror), move, and its errors.
import os, shutil, tempfile
base = tempfile.mkdtemp()
os.chdir(base)
os.makedirs('src/sub')
with open('src/a.txt', 'w') as f:
    f.write('alpha')
with open('src/sub/b.log', 'w') as f:
    f.write('beta')
with open('src/sub/c.txt', 'w') as f:
    f.write('gamma')
print(shutil.copyfile('src/a.txt', 'copy.txt'), open('copy.txt').read())
os.mkdir('dest')
print(shutil.copy('src/a.txt', 'dest'), shutil.copy2('src/a.txt', 'dest/a2.txt'), sorted(os.listdir('dest')))
print(os.stat('src/a.txt').st_mtime == os.stat('dest/a2.txt').st_mtime)
with open('src/a.txt', 'rb') as fin, open('obj.bin', 'wb') as fout:
    shutil.copyfileobj(fin, fout)
print(open('obj.bin', 'rb').read())
print(shutil.copytree('src', 'tree'))
print(sorted((r, sorted(d), sorted(f)) for r, d, f in os.walk('tree')))
shutil.copytree('src', 'tree2', ignore=shutil.ignore_patterns('*.log'))
print(sorted(os.listdir('tree2/sub')))
shutil.copytree('src', 'tree2', dirs_exist_ok=True)
print(sorted(os.listdir('tree2/sub')))
for label, fn in [('same', lambda: shutil.copyfile('copy.txt', 'copy.txt')),
                  ('missing', lambda: shutil.copyfile('none.txt', 'x.txt')),
                  ('tree exists', lambda: shutil.copytree('src', 'tree')),
                  ('rmtree missing', lambda: shutil.rmtree('none')),
                  ('rmtree file', lambda: shutil.rmtree('copy.txt')),
                  ('move exists', lambda: shutil.move('copy.txt', 'dest') and shutil.move('dest/copy.txt', '.') and shutil.move('copy.txt', 'dest') and shutil.move('src/a.txt', 'dest'))]:
    try:
        fn()
        print(label, 'ok')
    except (OSError, shutil.Error) as e:
        print(label, type(e).__name__, str(e).replace(base, 'BASE'))
print(sorted(os.listdir('dest')))
print(shutil.move('tree2', 'moved'), os.path.exists('tree2'), sorted(os.listdir('moved')))
print(shutil.move('moved', 'dest'), sorted(os.listdir('dest')))
print(shutil.move('obj.bin', 'renamed.bin'), os.path.exists('obj.bin'))
shutil.rmtree('none', ignore_errors=True)
seen = []
shutil.rmtree('none', onerror=lambda fn, p, info: seen.append((p, info[0].__name__)))
print(seen)
shutil.rmtree('tree')
print(os.path.exists('tree'), issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))
usage = shutil.disk_usage('.')
print(usage.total >= usage.used, usage.free > 0, shutil.which('definitely-no-such-command-xyz'))
os.chdir('/')
shutil.rmtree(base)
print(os.path.exists(base))
