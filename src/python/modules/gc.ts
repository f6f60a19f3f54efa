// The `gc` module: the gc layer's API (src/gc/api.ts) exposed to Python unchanged.
// https://docs.python.org/3.11/library/gc.html

import {
  DEBUG_COLLECTABLE,
  DEBUG_LEAK,
  DEBUG_SAVEALL,
  DEBUG_STATS,
  DEBUG_UNCOLLECTABLE,
} from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount, parseArgs } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';

/** Fills the gc module. */
export function initGcModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  const gc = interp.space.gc;
  const rt = interp.space.rt;
  // METH_VARARGS functions (set_threshold, get_referrers, get_referents) receive their arguments in a tuple.
  const varargs = new Set(['set_threshold', 'get_referrers', 'get_referents']);
  const def = (name: string, f: (args: Ptr[], kw: Ptr[] | null) => Ptr) =>
    interp.defNative(
      dict,
      name,
      varargs.has(name) ? interp.varargs((_s, a, k) => f(a, k), false) : (_s, a, k) => f(a, k),
    );
  const none = () => interp.newNone();
  const C_LONG_MAX = 2n ** 63n - 1n;
  const C_INT_MAX = 2n ** 31n - 1n;
  /**
   * A C int argument: PyArg_ParseTuple's "i" (set_threshold) or Argument Clinic's int
   * converter (set_debug, `clinic`), with their different OverflowError messages.
   */
  const intArg = (op: Ptr, clinic = false) => {
    if (!n.isInt(op))
      throw new PyErr(
        'TypeError',
        `'${interp.space.typeName(op)}' object cannot be interpreted as an integer`,
      );
    const v = n.intBig(op);
    if (v > C_LONG_MAX || v < -C_LONG_MAX - 1n)
      throw new PyErr('OverflowError', `Python int too large to convert to C ${clinic ? 'int' : 'long'}`);
    if (clinic && (v > C_INT_MAX || v < -C_INT_MAX - 1n))
      throw new PyErr('OverflowError', 'Python int too large to convert to C int');
    if (v > C_INT_MAX) throw new PyErr('OverflowError', 'signed integer is greater than maximum');
    if (v < -C_INT_MAX - 1n) throw new PyErr('OverflowError', 'signed integer is less than minimum');
    return Number(v);
  };
  for (const [name, v] of [
    ['DEBUG_STATS', DEBUG_STATS],
    ['DEBUG_COLLECTABLE', DEBUG_COLLECTABLE],
    ['DEBUG_UNCOLLECTABLE', DEBUG_UNCOLLECTABLE],
    ['DEBUG_SAVEALL', DEBUG_SAVEALL],
    ['DEBUG_LEAK', DEBUG_LEAK],
  ] as const) {
    const i = n.int(v);
    n.dictSet(dict, n.intern(name), i);
    interp.decref(i);
  }
  // gc.garbage and gc.callbacks are real lists; the runtime appends to / reads them.
  const garbage = n.list([]);
  n.dictSet(dict, n.intern('garbage'), garbage);
  const callbacks = n.list([]);
  n.dictSet(dict, n.intern('callbacks'), callbacks);
  interp.decref(garbage);
  interp.decref(callbacks);
  rt.hooks.appendGarbage = (op) => n.listAppend(garbage, op);
  gc.callbacks.push((phase, info) => {
    const cbs = n.listItems(callbacks);
    if (cbs.length === 0) return;
    const d = n.dict();
    for (const [k, v] of Object.entries(info)) {
      const key = n.str(k);
      const val = n.int(v);
      n.dictSet(d, key, val);
      interp.decref(key);
      interp.decref(val);
    }
    const ph = n.str(phase);
    try {
      for (const cb of cbs.slice()) {
        try {
          interp.decref(interp.callBorrowed(cb, [ph, d]));
        } catch (e) {
          interp.writeUnraisable(e, cb);
        }
      }
    } finally {
      interp.decref(ph);
      interp.decref(d);
    }
  });

  def('enable', (a, k) => {
    argCount('gc.enable', a, k, 0, 0);
    gc.enable();
    return none();
  });
  def('disable', (a, k) => {
    argCount('gc.disable', a, k, 0, 0);
    gc.disable();
    return none();
  });
  def('isenabled', (a, k) => {
    argCount('gc.isenabled', a, k, 0, 0);
    return interp.bool(gc.isenabled());
  });
  def('collect', (a, k) => {
    const [g] = parseArgs(interp, 'collect', a, k, ['generation'], 0);
    const gen = g === NULL ? 2 : intArg(g, true);
    if (gen < 0 || gen > 2) throw new PyErr('ValueError', 'invalid generation');
    return n.int(gc.collect(gen));
  });
  def('get_count', (a, k) => {
    argCount('gc.get_count', a, k, 0, 0);
    return n.tuple(gc.get_count().map((c) => n.int(c)));
  });
  def('get_threshold', (a, k) => {
    argCount('gc.get_threshold', a, k, 0, 0);
    return n.tuple(gc.get_threshold().map((c) => n.int(c)));
  });
  def('set_threshold', (a, k) => {
    if (k !== null && k.length > 0)
      throw new PyErr('TypeError', 'set_threshold() takes no keyword arguments');
    if (a.length === 0) throw new PyErr('TypeError', 'set_threshold() takes at least 1 argument (0 given)');
    if (a.length > 3)
      throw new PyErr('TypeError', `set_threshold() takes at most 3 arguments (${a.length} given)`);
    // PyArg_ParseTuple("i|ii") stores each threshold as it converts it: a bad second
    // argument leaves the first one set.
    const current = gc.get_threshold();
    a.forEach((op, i) => {
      current[i] = intArg(op);
      gc.set_threshold(...current);
    });
    return none();
  });
  def('get_debug', (a, k) => {
    argCount('gc.get_debug', a, k, 0, 0);
    return n.int(gc.get_debug());
  });
  def('set_debug', (a, k) => {
    argCount('gc.set_debug', a, k, 1, 1);
    gc.set_debug(intArg(a[0], true));
    return none();
  });
  def('get_stats', (a, k) => {
    argCount('gc.get_stats', a, k, 0, 0);
    return n.list(
      gc.get_stats().map((s) => {
        const d = n.dict();
        for (const [key, v] of Object.entries(s)) {
          const kk = n.str(key);
          const vv = n.int(v);
          n.dictSet(d, kk, vv);
          interp.decref(kk);
          interp.decref(vv);
        }
        return d;
      }),
    );
  });
  def('get_objects', (a, k) => {
    const [g] = parseArgs(interp, 'get_objects', a, k, ['generation'], 0);
    let gen: number | null = null;
    if (g !== NULL && g !== interp.none) {
      // _Py_convert_optional_to_ssize_t: an int, an object with __index__, or None.
      const indexable =
        n.isInt(g) || interp.typeLookup(interp.space.rt.typeObject(g), n.intern('__index__')) !== NULL;
      if (!indexable)
        throw new PyErr('TypeError', `argument should be integer or None, not '${interp.space.typeName(g)}'`);
      gen = interp.toIndex(g);
      if (gen < -1) throw new PyErr('ValueError', 'generation parameter cannot be negative');
      if (gen >= 3) {
        throw new PyErr(
          'ValueError',
          'generation parameter must be less than the number of available generations (3)',
        );
      }
    }
    const objs = gc.get_objects(gen);
    return n.list(objs.map((o) => interp.ref(o)));
  });
  // METH_VARARGS without METH_KEYWORDS: keyword arguments are refused.
  const noKeywords = (name: string, k: Ptr[] | null) => {
    if (k !== null && k.length > 0) throw new PyErr('TypeError', `${name}() takes no keyword arguments`);
  };
  def('get_referrers', (a, k) => {
    noKeywords('get_referrers', k);
    // gc_referrers_for skips the call's own argument tuple.
    const args = interp.varargsTuple;
    const objs = gc.get_referrers(...a).filter((o) => o !== args);
    return n.list(objs.map((o) => interp.ref(o)));
  });
  def('get_referents', (a, k) => {
    noKeywords('get_referents', k);
    return n.list(gc.get_referents(...a).map((o) => interp.ref(o)));
  });
  def('is_tracked', (a, k) => {
    argCount('gc.is_tracked', a, k, 1, 1);
    return interp.bool(gc.is_tracked(a[0]));
  });
  def('is_finalized', (a, k) => {
    argCount('gc.is_finalized', a, k, 1, 1);
    return interp.bool(gc.is_finalized(a[0]));
  });
  def('freeze', (a, k) => {
    argCount('gc.freeze', a, k, 0, 0);
    gc.freeze();
    return none();
  });
  def('unfreeze', (a, k) => {
    argCount('gc.unfreeze', a, k, 0, 0);
    gc.unfreeze();
    return none();
  });
  def('get_freeze_count', (a, k) => {
    argCount('gc.get_freeze_count', a, k, 0, 0);
    return n.int(gc.get_freeze_count());
  });
}

declare module '../vm/interp.js' {
  interface Interpreter {
    writeUnraisable(error: unknown, obj: Ptr, msg?: string): void;
    /** The default sys.unraisablehook's report of `error` (what is used when the hook itself fails). */
    writeUnraisableDefault(error: unknown, obj: Ptr, msg?: string): void;
  }
}
