// `__import__` and the `importlib` module (import_module, reload, invalidate_caches): the
// Python-visible doors into the import system of vm/file-modules.ts.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr, PyThrowable } from '../../objects/index.js';
import { parseArgs } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';

/** Adds builtins.__import__ (to the builtins dict and the builtins module). */
export function installImportBuiltin(interp: Interpreter): void {
  const n = interp.n;
  const f = interp.newBuiltin('__import__', (_s, a, k) => {
    const [name, globals, , fromlist, level] = parseArgs(
      interp,
      '__import__',
      a,
      k,
      ['name', 'globals', 'locals', 'fromlist', 'level'],
      1,
    );
    if (!n.isStr(name))
      throw new PyErr('TypeError', `__import__() argument 1 must be str, not ${interp.space.typeName(name)}`);
    const lv = level === NULL ? 0 : interp.toIndex(level);
    if (lv < 0) throw new PyErr('ValueError', 'level must be >= 0');
    const g = globals !== NULL && n.isDict(globals) ? globals : NULL;
    const wantSub = fromlist !== NULL && interp.truthy(fromlist);
    if (!wantSub && lv > 0 && n.jsStr(name) === '') return interp.importModule(name, g, true, lv);
    const m = interp.importModule(name, g, wantSub, lv);
    if (wantSub) {
      for (const item of n.isList(fromlist)
        ? n.listItems(fromlist)
        : n.isTuple(fromlist)
          ? n.tupleItems(fromlist)
          : []) {
        if (n.isStr(item) && n.jsStr(item) !== '*') interp.decref(importOptional(interp, m, item));
      }
    } else if (lv > 0 && n.jsStr(name).includes('.')) {
      // `__import__('a.b', g, level=1)` returns the first part of the resolved name.
      interp.decref(m);
      const full = interp.resolveName(n.jsStr(name), g, lv);
      const top = full.slice(0, full.length - n.jsStr(name).length + n.jsStr(name).indexOf('.'));
      return interp.ref(interp.gcdImport(top));
    }
    return m;
  });
  for (const d of [interp.builtinsDict, interp.moduleDict(interp.modules.get('builtins') as Ptr)])
    n.dictSet(d, n.intern('__import__'), f);
  interp.decref(f);
}

// _handle_fromlist: a submodule named in the fromlist is imported; a missing one is no error.
function importOptional(interp: Interpreter, module: Ptr, name: Ptr): Ptr {
  try {
    return interp.importFrom(module, name);
  } catch (e) {
    const exc = interp.toException(e);
    const isImportError = interp.exc.isSubtype(
      interp.space.rt.typeObject(exc),
      interp.exc.type('ImportError'),
    );
    interp.decref(exc);
    if (!isImportError) throw e;
    if (e instanceof PyThrowable && 'exc' in e) interp.decref((e as { exc: Ptr }).exc);
    return interp.newNone();
  }
}

/** Fills the importlib module. */
export function initImportlibModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  interp.defNative(dict, 'import_module', (_s, a, k) => {
    const [name, pkg] = parseArgs(interp, 'import_module', a, k, ['name', 'package'], 1);
    let s = n.jsStr(name);
    let level = 0;
    if (s.startsWith('.')) {
      if (pkg === NULL || pkg === interp.none)
        throw new PyErr(
          'TypeError',
          `the 'package' argument is required to perform a relative import for ${n.repr(name)}`,
        );
      while (s[level] === '.') level++;
      s = s.slice(level);
      const g = n.dict();
      try {
        n.dictSet(g, n.intern('__package__'), pkg);
        return interp.ref(interp.gcdImport(interp.resolveName(s, g, level)));
      } finally {
        interp.decref(g);
      }
    }
    return interp.ref(interp.gcdImport(s));
  });
  interp.defNative(dict, 'invalidate_caches', () => interp.newNone());
  // A package, so that importlib.util (importlib-util.ts) can be imported from it.
  const path = n.list([]);
  n.dictSet(dict, n.intern('__path__'), path);
  interp.decref(path);
}
