// `_set_tp_name(cls, name)`: the private hook by which a standard module written in Python
// gives a class the tp_name CPython's C type has ('datetime.date', '_io.StringIO',
// 'itertools.chain'), while `__name__`, `__qualname__` and `__module__` stay the class's own.
// Every message CPython builds from tp_name ("unsupported operand type(s) for +:
// 'datetime.date' and 'int'", "'re.Pattern' object has no attribute 'x'", "unhashable type:
// 'collections.OrderedDict'") then reads it. Subclasses made by a program keep their bare
// names, as heap types do in CPython. The module's source deletes the hook after use. The
// class's functions, read from the class, become method descriptors (attrs.ts). A third
// argument, True, says the C type's instances are called through tp_vectorcall
// (functools.partial): no argument tuple is made and the call is not counted against the
// recursion limit.

import type { Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';

/** Defines `_set_tp_name` in a module's namespace `dict` (the module's source deletes it). */
export function defineTpNameHook(interp: Interpreter, dict: Ptr): void {
  const n = interp.n;
  interp.defNative(dict, '_set_tp_name', (_s, a, k) => {
    argCount('_set_tp_name', a, k, 2, 3);
    const info = interp.classes.get(a[0]);
    if (info === undefined || !n.isStr(a[1])) throw new PyErr('TypeError', '_set_tp_name(class, str)');
    info.name = n.jsStr(a[1]);
    info.cType = true;
    // The third argument: instances are called through a tp_vectorcall (ClassInfo.vectorcall).
    if (a.length === 3) info.vectorcall = interp.truthy(a[2]);
    interp.space.slots(a[0]).name = info.name;
    return interp.newNone();
  });
}

/** Runs a module's frozen `source` with the `_set_tp_name` hook defined in its namespace. */
export function runWithTpNameHook(interp: Interpreter, source: string, filename: string, dict: Ptr): void {
  defineTpNameHook(interp, dict);
  interp.runPythonInto(source, filename, dict);
}
