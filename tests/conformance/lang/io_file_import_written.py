# import finds modules and packages a program wrote (here under a temporary directory put on sys.path).
import os, sys, tempfile
d = tempfile.mkdtemp()
with open(os.path.join(d, 'helper_mod_vfs.py'), 'w') as f:
    f.write('VALUE = 41\ndef inc(x):\n    return x + 1\n')
os.makedirs(os.path.join(d, 'pkg_vfs'))
with open(os.path.join(d, 'pkg_vfs', '__init__.py'), 'w') as f:
    f.write('from .part import NAME\n')
with open(os.path.join(d, 'pkg_vfs', 'part.py'), 'w') as f:
    f.write('NAME = "part"\n')
sys.path.insert(0, d)
import helper_mod_vfs
import pkg_vfs
from pkg_vfs import part
print(helper_mod_vfs.inc(helper_mod_vfs.VALUE), pkg_vfs.NAME, part.NAME)
print(os.path.basename(helper_mod_vfs.__file__), pkg_vfs.__file__.endswith('pkg_vfs/__init__.py'), pkg_vfs.__path__ == [os.path.join(d, 'pkg_vfs')])
try:
    import no_such_module_vfs
except ModuleNotFoundError as e:
    print(e)
import shutil; shutil.rmtree(d)
