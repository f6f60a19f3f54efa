# Concrete pathlib paths on the file system: mkdir(parents, exist_ok), touch, write/read
# text and bytes, open, exists/is_file/is_dir, iterdir, glob/rglob, stat, rename/replace,
# unlink(missing_ok), rmdir, resolve/absolute/cwd, and the errors they raise.
import os, tempfile
from pathlib import Path
base = Path(tempfile.mkdtemp())
os.chdir(base)
root = Path('proj')
(root / 'src' / 'pkg').mkdir(parents=True)
(root / 'src' / 'pkg').mkdir(parents=True, exist_ok=True)
(root / 'docs').mkdir()
print((root / 'README.md').write_text('# readme\nline two\n'), (root / 'data.bin').write_bytes(b'\x00\x01'))
(root / 'src' / 'main.py').write_text('print(1)\n')
(root / 'src' / 'pkg' / '__init__.py').touch()
(root / 'src' / 'pkg' / 'mod.py').write_text('x = 1\n')
(root / 'docs' / 'guide.md').write_text('guide')
print((root / 'README.md').read_text().splitlines(), (root / 'data.bin').read_bytes(), (root / 'src/pkg/__init__.py').read_text() == '')
print(root.exists(), root.is_dir(), root.is_file(), (root / 'README.md').is_file(), (root / 'nope').exists(), (root / 'README.md').stat().st_size)
print(sorted(p.name for p in root.iterdir()), sorted(root.iterdir())[0])
print(sorted(root.glob('*.md')), sorted(root.glob('*')), sorted(root.glob('src/*.py')))
print(sorted(root.rglob('*.py')), sorted(root.glob('**/*.md')), sorted(root.glob('**')), sorted(root.glob('*/')))
print(sorted(str(p) for p in root.glob('src/**/*.py')), list(root.glob('nothing*')))
with (root / 'log.txt').open('w') as f:
    f.write('opened\n')
with (root / 'log.txt').open() as f:
    print(f.read(), end='')
with (root / 'log.txt').open('a') as f:
    print('appended', file=f)
print((root / 'log.txt').read_text().split())
moved = (root / 'log.txt').rename(root / 'log2.txt')
print(repr(moved), moved.exists(), (root / 'log.txt').exists())
print(repr(moved.replace(root / 'docs' / 'log3.txt')), sorted(p.name for p in (root / 'docs').iterdir()))
print(Path.cwd() == base, Path('proj').resolve() == base / 'proj', Path('proj').absolute() == base / 'proj', Path('proj/../proj/docs').resolve() == base / 'proj' / 'docs')
(root / 'docs' / 'log3.txt').unlink()
(root / 'docs' / 'log3.txt').unlink(missing_ok=True)
for label, fn in [('unlink missing', lambda: (root / 'gone').unlink()), ('mkdir exists', lambda: root.mkdir()),
                  ('mkdir no parent', lambda: Path('a/b/c').mkdir()), ('rmdir nonempty', lambda: root.rmdir()),
                  ('read missing', lambda: Path('nofile').read_text()), ('touch excl', lambda: (root / 'README.md').touch(exist_ok=False)),
                  ('iterdir file', lambda: list((root / 'README.md').iterdir())), ('write bytes str', lambda: Path('x').write_bytes('s')),
                  ('write text bytes', lambda: Path('x').write_text(b's'))]:
    try:
        fn()
        print(label, 'ok')
    except (OSError, TypeError) as e:
        print(label, type(e).__name__, e)
for path in sorted(root.rglob('*'), key=lambda p: len(p.parts), reverse=True):
    if path.is_dir():
        path.rmdir()
    else:
        path.unlink()
root.rmdir()
print(root.exists(), list(base.iterdir()))
os.chdir('/')
base.rmdir()
