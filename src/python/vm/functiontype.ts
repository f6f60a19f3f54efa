// types.FunctionType(code, globals, name=None, argdefs=None, closure=None): func_new of
// CPython 3.11's Objects/funcobject.c, which makes a function from a code object and a
// globals dict (as the interpreter does at `def`), checking each argument first.

import { NULL, type Ptr } from '../../heap/index.js';
import { FUNC, PyErr } from '../../objects/index.js';
import { parseArgs } from './args.js';
import type { Interpreter } from './interp.js';

/** Installs the `function` type's constructor (func_new) and the name func_clear leaves. */
export function installFunctionType(interp: Interpreter): void {
  const space = interp.space;
  const n = interp.n;
  const rt = space.rt;
  // What func_clear puts in a function's name and qualname: the empty str (held for good).
  if (space.functions.emptyName === NULL) space.functions.emptyName = n.str('');
  interp.constructors.set(space.functions.type, (_t, args, kw) => {
    if (args.length > 5)
      throw new PyErr('TypeError', `function() takes at most 5 arguments (${args.length} given)`);
    const [code, globals, name, argdefs, closure] = parseArgs(
      interp,
      'function',
      args,
      kw,
      ['code', 'globals', 'name', 'argdefs', 'closure'],
      2,
    );
    const none = interp.none;
    if (rt.typeObject(code) !== interp.codeType)
      throw new PyErr('TypeError', `function() argument 'code' must be code, not ${space.typeName(code)}`);
    if (!n.isDict(globals))
      throw new PyErr(
        'TypeError',
        `function() argument 'globals' must be dict, not ${space.typeName(globals)}`,
      );
    if (name !== NULL && name !== none && !n.isStr(name))
      throw new PyErr('TypeError', 'arg 3 (name) must be None or string');
    if (argdefs !== NULL && argdefs !== none && !n.isTuple(argdefs))
      throw new PyErr('TypeError', 'arg 4 (defaults) must be None or tuple');
    const unit = interp.codeOf(code).unit;
    const nfree = unit.freevars.length;
    const noClosure = closure === NULL || closure === none;
    if (!noClosure && !n.isTuple(closure))
      throw new PyErr('TypeError', 'arg 5 (closure) must be None or tuple');
    if (noClosure && nfree > 0) throw new PyErr('TypeError', 'arg 5 (closure) must be tuple');
    const cells = noClosure ? [] : n.tupleItems(closure);
    if (cells.length !== nfree)
      throw new PyErr('ValueError', `${unit.name} requires closure of length ${nfree}, not ${cells.length}`);
    for (const c of cells)
      if (rt.typeObject(c) !== space.cells.type)
        throw new PyErr('TypeError', `arg 5 (closure) expected cell, found ${space.typeName(c)}`);
    const defaults = argdefs === NULL || argdefs === none ? NULL : interp.ref(argdefs);
    const fn = interp.makeFunction(code, globals, defaults, NULL, noClosure ? NULL : interp.ref(closure));
    if (name !== NULL && name !== none) {
      const old = rt.mem.u32[(fn + FUNC.name) >>> 2] as Ptr;
      rt.mem.u32[(fn + FUNC.name) >>> 2] = interp.ref(name);
      if (old !== NULL) interp.decref(old);
    }
    return fn;
  });
}
