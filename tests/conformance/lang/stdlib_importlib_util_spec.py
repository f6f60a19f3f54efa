# importlib.util: find_spec for present/missing modules, loading a file by hand, resolve_name.
import importlib
import importlib.util
import os
import sys

VALUE = 'defined at module level'


def helper():
    return VALUE.upper()


def main():
    print(importlib.util.find_spec('nonexistent_module_xyz'))
    for name in ['json', 'sys', 'math', 'collections', 'os']:
        spec = importlib.util.find_spec(name)
        print(name, spec is not None, spec.name)
    print(importlib.util.find_spec('sys').origin, importlib.util.find_spec('math').parent)
    print(importlib.util.find_spec('collections.abc').name)

    # Loading a module from a file path, the plugin way (here: this very file).
    spec = importlib.util.spec_from_file_location('selfcopy', __file__)
    print(spec.name, spec.origin == __file__, spec.has_location, spec.parent,
          spec.submodule_search_locations)
    mod = importlib.util.module_from_spec(spec)
    print(type(mod).__name__, mod.__name__, 'selfcopy' in sys.modules, hasattr(mod, 'VALUE'))
    spec.loader.exec_module(mod)
    print(mod.VALUE, mod.helper(), mod.__spec__ is spec, mod.__loader__ is spec.loader,
          mod.__file__ == __file__, mod.main is not main)
    print(importlib.util.spec_from_file_location('x', 'notes.txt'))

    print(importlib.util.resolve_name('.b', 'a.c'), importlib.util.resolve_name('..b', 'a.c'),
          importlib.util.resolve_name('x', None), importlib.util.resolve_name('.', 'pkg'))
    for bad in [lambda: importlib.util.resolve_name('.b', None),
                lambda: importlib.util.resolve_name('...b', 'a.c'),
                lambda: importlib.util.find_spec('math.x'),
                lambda: importlib.util.find_spec('nonexistent_pkg_xyz.sub')]:
        try:
            print(bad())
        except ImportError as e:
            print(type(e).__name__, e)
    print(importlib.util.MAGIC_NUMBER, os.path.basename(__file__))


if __name__ == '__main__':
    main()
