# os and os.path as scripts use them without touching files: constants, path arithmetic
# (join/split/splitext/normpath/relpath/commonpath on many shapes), fspath, getenv, urandom.
import os, posixpath, gc
import os.path
from os.path import join, splitext
print(os.path is posixpath, posixpath.__name__, os.path.__name__)
print(os.path.join('a','b','/c','d'), os.path.split('/a/b/'), os.path.splitext('a.tar.gz'), os.path.splitext('.bashrc'), os.path.normpath('/a/./b/../c//d/'), os.path.normpath(''), os.path.normpath('//a'), os.path.normpath('///a'))
print(os.path.relpath('/a/b/c', '/a/d'), os.path.commonpath(['/a/b/c','/a/b/d']), os.path.commonprefix(['abc','abd']), os.path.dirname('a/b'), os.path.basename('a/b/'), os.path.isabs('a'), os.path.expanduser('~x'))
for f in [lambda: os.path.commonpath(['/a','b']), lambda: os.path.join('a', 5), lambda: os.fspath(5)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(os.sep, os.name, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.extsep, os.devnull, os.altsep)
print(os.fspath('x'), join('x', 'y'), splitext('f.py'))
for p in ['', '.', '..', '/', '//', 'a/..', '../a/../..', '/..', 'a//b/./c/', './a']:
    print(repr(p), repr(os.path.normpath(p)), os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p))
print(os.path.splitext('a/b.c/d'), os.path.splitext('a..b'), os.path.splitext('..'), os.path.splitext('x.'), os.path.join('', 'a'), os.path.join('a', ''), os.path.join('/'))
class P:
    def __fspath__(self):
        return '/tmp/p'
print(os.fspath(P()), os.path.join(P(), 'q'), isinstance(P(), os.PathLike), os.path.commonpath(['a/b', 'a/c']))
print(os.environ.get('PYMM_SURELY_UNSET_VAR'), os.getenv('PYMM_SURELY_UNSET_VAR', 'dflt'))
print(len(os.urandom(8)), type(os.urandom(3)), os.error is OSError)
