// importlib.util: find_spec, module_from_spec, spec_from_file_location, spec_from_loader,
// resolve_name and a source-file loader, over pymm's import system. `_locate` (native) says
// whether a name is one of pymm's own modules or which file the import system would load.
// It follows the behaviour of CPython 3.11's module; specs of pymm's own modules name
// the loader `BuiltinImporter` with origin 'built-in'.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';

/** The Python source of importlib.util (after the native `_locate`). */
export const IMPORTLIB_UTIL_PY = String.raw`
"""Utilities for the import system: find_spec, module_from_spec, spec_from_file_location."""

import sys
import types as _types

MAGIC_NUMBER = b'\xa7\r\r\n'


class BuiltinImporter:
    """The loader of the modules built into the interpreter."""

    @classmethod
    def create_module(cls, spec):
        import importlib
        return importlib.import_module(spec.name)

    @classmethod
    def exec_module(cls, module):
        pass


class SourceFileLoader:
    """Loads a module from a .py file: its source compiled and run in the module's dict."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash((self.name, self.path))

    def create_module(self, spec):
        return None

    def get_filename(self, name=None):
        return self.path

    def get_source(self, name=None):
        text = _host_source(self.path)
        if text is not None:
            return text
        with open(self.path, encoding='utf-8') as f:
            return f.read()

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def is_package(self, name=None):
        return self.path.rpartition('/')[2].startswith('__init__.')

    def get_code(self, name=None):
        return compile(self.get_source(name), self.path, 'exec')

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)

    def load_module(self, name=None):
        name = name or self.name
        made = module_from_spec(spec_from_file_location(name, self.path, loader=self))
        sys.modules[name] = made
        self.exec_module(made)
        return sys.modules[name]


class ModuleSpec:
    """What the import system knows about a module before loading it."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name, self.loader = name, loader
        self.origin, self.loader_state = origin, loader_state
        self.submodule_search_locations = None if not is_package else []
        self._has_file = False
        self._cached = None

    def __repr__(self):
        parts = [f'name={self.name!r}', f'loader={self.loader!r}']
        parts += [f'origin={self.origin!r}'] * (self.origin is not None)
        search = self.submodule_search_locations
        parts += [f'submodule_search_locations={search}'] * (search is not None)
        return f'{type(self).__name__}({", ".join(parts)})'

    def __eq__(self, other):
        mine = (self.name, self.loader, self.origin, self.cached,
                self.submodule_search_locations, self.has_location)
        try:
            theirs = (other.name, other.loader, other.origin, other.cached,
                      other.submodule_search_locations, other.has_location)
        except AttributeError:
            return NotImplemented
        return mine == theirs

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    @property
    def parent(self):
        is_package = self.submodule_search_locations is not None
        return self.name if is_package else self.name.rpartition('.')[0]

    @property
    def has_location(self):
        return self._has_file

    @has_location.setter
    def has_location(self, flag):
        self._has_file = bool(flag)


def _resolve(name, package, level):
    pieces = package.rsplit('.', level - 1)
    if len(pieces) < level:
        raise ImportError('attempted relative import beyond top-level package')
    return f'{pieces[0]}.{name}' if name else pieces[0]


def resolve_name(name, package):
    """The absolute name of a (possibly relative) module name."""
    if name[:1] != '.':
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} (required for relative module names)')
    level = len(name) - len(name.lstrip('.'))
    return _resolve(name[level:], package, level)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module loaded by loader."""
    origin = origin if origin is not None else getattr(loader, '_ORIGIN', None)
    if hasattr(loader, 'get_filename') and not origin:
        if is_package is None:
            try:
                is_package = bool(loader.is_package(name))
            except ImportError:
                pass
        return spec_from_file_location(name, loader.get_filename(name), loader=loader,
                                       submodule_search_locations=[] if is_package else None)
    if is_package is None:
        is_package = loader.is_package(name) if hasattr(loader, 'is_package') else False
    return ModuleSpec(name, loader, is_package=is_package, origin=origin)


_NO_LOCATIONS = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_NO_LOCATIONS):
    """A spec for the module in the file at location."""
    if location is None:
        location = '<unknown>'
    else:
        import os
        location = os.fspath(location)
    if loader is None:
        if not str(location).endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is _NO_LOCATIONS:
        if hasattr(loader, 'is_package') and loader.is_package(name):
            spec.submodule_search_locations = [location.rpartition('/')[0]]
    else:
        spec.submodule_search_locations = submodule_search_locations
    return spec


def module_from_spec(spec):
    """A new module made from spec (not yet executed, not in sys.modules)."""
    creator = getattr(spec.loader, 'create_module', None)
    made = None if creator is None else creator(spec)
    if creator is None and getattr(spec.loader, 'exec_module', None) is not None:
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if made is None:
        made = _types.ModuleType(spec.name)
    for attr, value in (('__spec__', spec), ('__loader__', spec.loader),
                        ('__package__', spec.parent)):
        try:
            setattr(made, attr, value)
        except AttributeError:
            pass
    search = spec.submodule_search_locations
    if search is not None:
        made.__path__ = search
    if spec.has_location and spec.origin is not None:
        made.__file__ = spec.origin
    return made


def _spec_of_loaded(name, module):
    spec = getattr(module, '__spec__', None)
    if spec is not None:
        return spec
    origin = getattr(module, '__file__', None)
    if origin is None:
        return ModuleSpec(name, BuiltinImporter, origin='built-in',
                          is_package=hasattr(module, '__path__'))
    spec = spec_from_file_location(name, origin)
    if spec is None:
        spec = ModuleSpec(name, None, origin=origin)
    return spec


def find_spec(name, package=None):
    """The spec the import system would use for name, or None if it cannot be found."""
    full = resolve_name(name, package)
    if full in sys.modules:
        loaded = sys.modules[full]
        return None if loaded is None else _spec_of_loaded(full, loaded)
    outer, _, _ = full.rpartition('.')
    dirs = None
    if outer:
        import importlib
        dirs = getattr(importlib.import_module(outer), '__path__', None)
        if dirs is None:
            msg = f'__path__ attribute not found on {outer!r} while trying to find {full!r}'
            raise ModuleNotFoundError(msg, name=full)
    found = _locate(full, dirs)
    if found is None:
        return None
    if found == 'built-in':
        return ModuleSpec(full, BuiltinImporter, origin='built-in')
    filename, search = found
    if filename is None:
        spec = ModuleSpec(full, None, is_package=True)
        spec.submodule_search_locations = list(search)
        return spec
    return spec_from_file_location(full, filename,
                                   submodule_search_locations=search if search is None else list(search))
`;

/** Fills importlib.util: the native `_locate(fullname, dirs)`, then the Python source. */
export function initImportlibUtilModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  interp.defNative(dict, '_locate', (_s, a, k) => {
    argCount('_locate', a, k, 2, 2);
    if (!n.isStr(a[0])) throw new PyErr('TypeError', '_locate(fullname, dirs)');
    const fullname = n.jsStr(a[0]);
    if (interp.moduleInits.has(fullname)) return n.str('built-in');
    let dirs: string[];
    if (a[1] === NULL || a[1] === interp.none) {
      const sys = interp.modules.get('sys');
      const p = sys === undefined ? NULL : n.dictGet(interp.moduleDict(sys), n.intern('path'));
      dirs = p === NULL ? [] : strItems(interp, p);
    } else dirs = strItems(interp, a[1]);
    const found =
      interp.moduleLoader?.findSource(fullname.slice(fullname.lastIndexOf('.') + 1), dirs) ?? null;
    if (found === null) return interp.newNone();
    const file = found.filename === null ? interp.newNone() : n.str(found.filename);
    const path = found.path === null ? interp.newNone() : n.list(found.path.map((d) => n.str(d)));
    return n.tuple([file, path]);
  });
  // The text of a .py file the import system can read (None otherwise).
  interp.defNative(dict, '_host_source', (_s, a, k) => {
    argCount('_host_source', a, k, 1, 1);
    if (!n.isStr(a[0])) return interp.newNone();
    const file = n.jsStr(a[0]);
    const slash = file.lastIndexOf('/');
    const base = file.slice(slash + 1);
    if (!base.endsWith('.py')) return interp.newNone();
    const found = interp.moduleLoader?.findSource(base.slice(0, -3), [
      slash < 0 ? '.' : file.slice(0, slash),
    ]);
    return found && found.filename === file ? n.str(found.source) : interp.newNone();
  });
  interp.runPythonInto(IMPORTLIB_UTIL_PY, '<frozen importlib.util>', dict);
}

/** The str items of a list or tuple, as JS strings. */
function strItems(interp: Interpreter, seq: Ptr): string[] {
  const n = interp.n;
  const items = n.isList(seq) ? n.listItems(seq) : n.isTuple(seq) ? n.tupleItems(seq) : [];
  return items.filter((x) => n.isStr(x)).map((x) => n.jsStr(x));
}
