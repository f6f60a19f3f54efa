// The _fnmatch helper of the fnmatch module: shell-pattern matching of str names against a str
// pattern with the JS RegExp of fnmatch-pattern.ts (the meaning of fnmatch.translate), so that
// fnmatchcase and filter skip the re module's per-call cost. Bytes, str subclasses and
// non-str items stay on fnmatch's re path (whose errors are CPython's).

import type { Ptr } from '../../heap/index.js';
import type { Interpreter } from '../vm/interp.js';
import { fnmatchcase } from './fnmatch-pattern.js';

/** Fills the _fnmatch module: match(name, pat) and filter(names, pat). */
export function initFnmatchNativeModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  const plainStr = (op: Ptr) => n.isStr(op) && !interp.classes.has(interp.space.rt.typeObject(op));
  // match(name, pat): True / False for two exact strs, None when the re path must decide.
  interp.defNative(dict, 'match', (_s, a) => {
    if (a.length !== 2 || !plainStr(a[0]) || !plainStr(a[1])) return interp.newNone();
    return interp.bool(fnmatchcase(n.jsStr(a[0]), n.jsStr(a[1])));
  });
  // filter(names, pat): the matching items of a list of exact strs, or None otherwise.
  interp.defNative(dict, 'filter', (_s, a) => {
    if (a.length !== 2 || !n.isList(a[0]) || !plainStr(a[1])) return interp.newNone();
    const items = n.listItems(a[0]);
    if (!items.every(plainStr)) return interp.newNone();
    const pat = n.jsStr(a[1]);
    const kept = items.filter((item) => fnmatchcase(n.jsStr(item), pat));
    return n.list(kept.map((item) => interp.ref(item)));
  });
}
