// The `collections` package (Python code in collections-py.ts, deque in collections-deque.ts,
// namedtuple's _tuplegetter in collections-tuplegetter.ts), `collections.abc` and
// `_collections_abc` (collections-abc-py.ts), and `abc` (abc-py.ts).

import type { Ptr } from '../../heap/index.js';
import { MA_KEYS } from '../../objects/dict.js';
import { DK_NENTRIES } from '../../objects/dictkeys.js';
import type { Interpreter } from '../vm/interp.js';
import { defineAbcNatives } from './abc.js';
import { ABC_PY } from './abc-py.js';
import { COLLECTIONS_ABC_PY } from './collections-abc-py.js';
import { installDeque } from './collections-deque.js';
import { COLLECTIONS_PY } from './collections-py.js';
import { installTupleGetter } from './collections-tuplegetter.js';
import { defineTpNameHook } from './tpname.js';

/** Fills the abc module. */
export function initAbcModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  defineAbcNatives(interp, dict);
  interp.runPythonInto(ABC_PY, '<frozen abc>', dict);
}

/** Fills _collections_abc, the module behind collections.abc. */
export function initCollectionsAbcImpl(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  interp.runPythonInto(COLLECTIONS_ABC_PY, '<frozen _collections_abc>', dict);
}

/** Fills collections.abc with the ABCs of _collections_abc. */
export function initCollectionsAbcModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  interp.runPythonInto(
    'from _collections_abc import *\nfrom _collections_abc import __all__\n',
    '<frozen collections.abc>',
    dict,
  );
}

/** Fills the collections package. */
export function initCollectionsModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  const path = n.list([]);
  n.dictSet(dict, n.intern('__path__'), path);
  interp.decref(path);
  installDeque(interp);
  n.dictSet(dict, n.intern('deque'), interp.space.deques.type);
  installTupleGetter(interp, dict);
  defineTpNameHook(interp, dict);
  // The keys table, its used-entry count and the size of a dict: a key added or removed
  // changes one of them, a value stored over an existing key none (odict_iterator's od_state).
  interp.defNative(dict, '_odict_state', (_s, a) => {
    const dk = interp.space.rt.mem.u32[(a[0] + MA_KEYS) >>> 2];
    const entries = interp.space.rt.mem.i32[(dk + DK_NENTRIES) >>> 2];
    const n = interp.n;
    return n.tuple([n.int(dk), n.int(entries), n.int(n.size(a[0]))]);
  });
  interp.runPythonInto(COLLECTIONS_PY, '<frozen collections>', dict);
}
