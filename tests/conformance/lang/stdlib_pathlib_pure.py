# Pure path arithmetic of pathlib: parsing, str/repr, parts, name/stem/suffix(es), parent(s),
# joining with / and joinpath, with_name/with_stem/with_suffix, relative_to, match, ordering.
from pathlib import Path, PurePath, PurePosixPath, PosixPath
for text in ['a/b/c.txt', '/usr/lib/x.tar.gz', 'a//b/./c/..', '.', '', '/', '//net/x', '///x', '.bashrc', 'a/b/', 'dir.d/file']:
    p = PurePosixPath(text)
    print(repr(text), repr(p), str(p), p.parts, repr(p.name), repr(p.stem), repr(p.suffix), p.suffixes, p.parent, p.anchor, p.root, p.is_absolute())
p = Path('/srv/data/report.final.csv')
print(type(p).__name__, type(PurePath('x')).__name__, repr(p.parents), list(p.parents), p.parents[1], len(p.parents), p.parents[-1])
print(p / 'x', 'top' / PurePosixPath('rel'), p / '/abs', p.joinpath('a', 'b'), Path('a', 'b', 'c'), Path(Path('a'), 'b'))
print(p.with_name('other.txt'), p.with_suffix('.json'), p.with_suffix(''), p.with_stem('renamed'), Path('a.b.c').with_suffix('.d'))
print(p.relative_to('/srv'), p.relative_to('/srv/data/report.final.csv'), p.is_relative_to('/srv'), p.is_relative_to('/etc'))
print(Path('a/b.py').match('*.py'), Path('/a/b/c.py').match('b/*.py'), Path('/a/b/c.py').match('/*.py'), Path('a/b.py').match('a/*/b.py'), PurePosixPath('x/Y.PY').match('*.py'))
print(Path('a') == Path('a/'), Path('a') == PurePosixPath('a'), Path('a') == 'a', Path('a') < Path('b'), sorted([Path('b'), Path('a/c'), Path('a')]), hash(Path('q')) == hash(PurePosixPath('q')))
print(str(p), p.as_posix(), p.as_uri(), bytes(Path('by')), f'{p}', '%s' % Path('pct'), Path('x').__fspath__())
print({Path('a'): 1}[PurePosixPath('a')], Path('~').expanduser() != Path('~'))
for bad in [lambda: p.with_suffix('json'), lambda: Path('/').with_name('x'), lambda: p.relative_to('/etc'),
            lambda: Path('a').relative_to('/a'), lambda: p.with_name(''), lambda: p.with_name('a/b'),
            lambda: Path('x').match(''), lambda: Path(5), lambda: Path('a') / 5, lambda: Path('') .with_suffix('.x')]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
