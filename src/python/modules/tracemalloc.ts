// The `_tracemalloc` module (Modules/_tracemalloc.c) and the `tracemalloc` module over it.
//
// start() installs heap hooks (src/heap/events.ts) that record every object- and raw-domain
// allocation with the size asked for and the traceback of the running Python frames, read
// from the interpreter's shadow frame stack (frameCode and L by depth), most recent first,
// at most `nframe` of them; frees and reallocs update the records. With tracing off no hook
// is installed, so the heap's allocation fast paths run unchanged. The records live in JS
// (tracemalloc-traces.ts); recording one never allocates in the heap.
// https://docs.python.org/3.11/library/tracemalloc.html

import { TPFLAGS_HAVE_GC } from '../../gc/index.js';
import { type HeapHooks, NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';
import { fnmatchcase } from './fnmatch-pattern.js';
import { TRACEMALLOC_PY } from './tracemalloc-py.js';
import { EMPTY_TRACEBACK, MAX_NFRAME, TraceTable } from './tracemalloc-traces.js';

/** Filename of tracemalloc's Python code (its __file__): Filter(False, tracemalloc.__file__) hides it. */
export const TRACEMALLOC_FILENAME = '<frozen tracemalloc>';

/** The tracemalloc state of one interpreter: _Py_tracemalloc_config and the tables. */
export class Tracemalloc {
  readonly table = new TraceTable();
  /** Is tracemalloc tracing memory allocations? */
  tracing = false;
  /** Limit of the number of frames in a traceback, 1 by default. */
  maxNframe = 1;
  /** set_reentrant(1): allocations are not traced (a realloc still drops the old trace). */
  reentrant = false;
  private readonly interp: Interpreter;
  /** Frame id by code index and position index, for the table's current generation. */
  private frameCache: (Int32Array | undefined)[] = [];
  private cacheGeneration = 0;
  private scratch = new Int32Array(1);
  /** Hooks that were installed before start(), restored by stop(). */
  private saved: HeapHooks | null = null;

  constructor(interp: Interpreter) {
    this.interp = interp;
  }

  /** _PyTraceMalloc_Start: installs the hooks (if not tracing yet) with `nframe` frames per traceback. */
  start(nframe: number): void {
    if (nframe < 1 || nframe > MAX_NFRAME) {
      throw new PyErr('ValueError', `the number of frames must be in range [1; ${MAX_NFRAME}]`);
    }
    if (this.tracing) return;
    this.maxNframe = nframe;
    this.scratch = new Int32Array(nframe);
    const heap = this.interp.space.rt.heap;
    this.saved = heap.getHooks();
    heap.setHooks(chainHooks(this.saved, this.hooks()));
    this.tracing = true;
  }

  /** _PyTraceMalloc_Stop: removes the hooks and forgets every trace. */
  stop(): void {
    if (!this.tracing) return;
    this.tracing = false;
    this.interp.space.rt.heap.setHooks(this.saved);
    this.saved = null;
    this.table.clear();
  }

  /** The traceback id for an allocation made now (traceback_new). */
  traceback(): number {
    const depth = this.interp.depth;
    if (depth <= 0) return EMPTY_TRACEBACK;
    if (this.cacheGeneration !== this.table.generation) {
      this.frameCache = [];
      this.cacheGeneration = this.table.generation;
    }
    const n = Math.min(depth, this.maxNframe);
    const frames = this.scratch;
    for (let i = 0; i < n; i++) frames[i] = this.frameId(depth - i);
    return this.table.internTraceback(frames, n, Math.min(depth, MAX_NFRAME));
  }

  // tracemalloc_get_frame: the interned (filename, line) of the frame at depth `d`.
  private frameId(d: number): number {
    const interp = this.interp;
    const code = interp.frameCode[d];
    const k = interp.L[d];
    let cache = this.frameCache[code.index];
    if (cache === undefined) {
      cache = new Int32Array(code.unit.positions.length >> 2).fill(-1);
      this.frameCache[code.index] = cache;
    }
    let id = cache[k];
    if (!(id >= 0)) {
      id = this.table.internFrame(code.unit.filename, code.unit.positions[4 * k] ?? 0);
      if (k < cache.length) cache[k] = id;
    }
    return id;
  }

  private hooks(): HeapHooks {
    const table = this.table;
    return {
      alloc: (p, size) => {
        if (!this.reentrant) table.add(p, size, this.traceback());
      },
      free: (p) => table.remove(p),
      // _PyTraceMalloc_NewReference: a traced block reused from a free list gets the
      // current traceback (its size stays), reentrant or not.
      newReference: (p) => {
        if (table.tracebackOf(p) >= 0) table.retrace(p, this.traceback());
      },
      realloc: (p, q, size) => {
        if (this.reentrant) {
          table.remove(p);
          return;
        }
        if (q !== p) table.remove(p);
        table.add(q, size, this.traceback());
      },
    };
  }
}

/** Hooks that call `first`'s then `second`'s observers. */
function chainHooks(first: HeapHooks | null, second: HeapHooks): HeapHooks {
  if (first === null) return second;
  const both = <K extends keyof HeapHooks>(k: K): HeapHooks[K] => {
    const a = first[k] as ((...args: unknown[]) => void) | undefined;
    const b = second[k] as ((...args: unknown[]) => void) | undefined;
    if (a === undefined) return b as HeapHooks[K];
    if (b === undefined) return a as HeapHooks[K];
    return ((...args: unknown[]) => {
      a(...args);
      b(...args);
    }) as HeapHooks[K];
  };
  return {
    alloc: both('alloc'),
    free: both('free'),
    realloc: both('realloc'),
    newReference: both('newReference'),
    arenaNew: both('arenaNew'),
    arenaFree: both('arenaFree'),
  };
}

const states = new WeakMap<Interpreter, Tracemalloc>();

/** The tracemalloc state of `interp` (made on first use). */
export function tracemallocOf(interp: Interpreter): Tracemalloc {
  let s = states.get(interp);
  if (s === undefined) {
    s = new Tracemalloc(interp);
    states.set(interp, s);
  }
  return s;
}

// An argument converted as Argument Clinic's `int` converter does (_PyLong_AsInt).
function asCInt(interp: Interpreter, op: Ptr): number {
  const n = interp.n;
  let v: bigint;
  if (n.isInt(op)) {
    v = n.intBig(op);
  } else {
    const type = interp.space.rt.typeObject(op);
    const r = interp.classes.has(type) ? interp.callSpecial(op, '__index__', []) : NULL;
    if (r === NULL) {
      throw new PyErr(
        'TypeError',
        `'${interp.space.typeName(op)}' object cannot be interpreted as an integer`,
      );
    }
    try {
      if (!n.isInt(r))
        throw new PyErr('TypeError', `__index__ returned non-int (type ${interp.space.typeName(r)})`);
      v = n.intBig(r);
    } finally {
      interp.decref(r);
    }
  }
  if (v > 2147483647n || v < -2147483648n)
    throw new PyErr('OverflowError', 'Python int too large to convert to C int');
  return Number(v);
}

/** Fills the _tracemalloc module. */
export function initTracemallocNative(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  const tm = tracemallocOf(interp);
  const table = tm.table;
  const doc = n.str('Debug module to trace memory blocks allocated by Python.');
  n.dictSet(dict, n.intern('__doc__'), doc);
  interp.decref(doc);
  const noKeywords = (name: string, args: Ptr[], kw: Ptr[] | null) => {
    if (kw !== null && kw.length > 0)
      throw new PyErr('TypeError', `_tracemalloc.${name}() takes no keyword arguments`);
    return args.length;
  };
  // METH_NOARGS functions.
  const def0 = (name: string, f: () => Ptr) =>
    interp.defNative(dict, name, (_s, a, k) => {
      const given = noKeywords(name, a, k);
      if (given !== 0)
        throw new PyErr('TypeError', `_tracemalloc.${name}() takes no arguments (${given} given)`);
      return f();
    });

  def0('is_tracing', () => interp.bool(tm.tracing));
  def0('clear_traces', () => {
    if (tm.tracing) table.clear();
    return interp.newNone();
  });
  interp.defNative(dict, 'start', (_s, a, k) => {
    const given = noKeywords('start', a, k);
    if (given > 1) throw new PyErr('TypeError', `start expected at most 1 argument, got ${given}`);
    tm.start(given === 0 ? 1 : asCInt(interp, a[0]));
    return interp.newNone();
  });
  def0('stop', () => {
    tm.stop();
    return interp.newNone();
  });
  def0('get_traceback_limit', () => n.int(tm.maxNframe));
  def0('get_tracemalloc_memory', () => n.int(table.memoryUsage()));
  def0('get_traced_memory', () => {
    // Both read before the result's ints are made (and traced).
    const [current, peak] = tm.tracing ? [table.traced, table.peak] : [0, 0];
    return n.tuple([n.int(current), n.int(peak)]);
  });
  def0('reset_peak', () => {
    if (tm.tracing) table.peak = table.traced;
    return interp.newNone();
  });
  def0('_get_traces', () => (tm.tracing ? tracesList(interp, tm) : n.list([])));
  interp.defNative(dict, '_get_object_traceback', (_s, a, k) => {
    const given = noKeywords('_get_object_traceback', a, k);
    if (given !== 1) {
      throw new PyErr(
        'TypeError',
        `_tracemalloc._get_object_traceback() takes exactly one argument (${given} given)`,
      );
    }
    if (!tm.tracing) return interp.newNone();
    // CPython 3.11 steps back over the GC head only, so an object with a managed dict in
    // front of it (an instance of a plain class) is never found: its traceback is None.
    const op = a[0];
    const ptr = (interp.space.rt.typeFlags(op) & TPFLAGS_HAVE_GC) !== 0 ? op - 16 : op;
    const tb = table.tracebackOf(ptr);
    return tb < 0 ? interp.newNone() : new TupleMaker(interp, tm).traceback(tb);
  });
}

// Python tuples for the table's frames and tracebacks, each made once per call.
class TupleMaker {
  private readonly filenames = new Map<number, Ptr>();
  private readonly tracebacks = new Map<number, Ptr>();

  constructor(
    private readonly interp: Interpreter,
    private readonly tm: Tracemalloc,
  ) {}

  /** The tuple of (filename, lineno) tuples of traceback `tb`, most recent first (new reference). */
  traceback(tb: number): Ptr {
    const cached = this.tracebacks.get(tb);
    if (cached !== undefined) return this.interp.ref(cached);
    const n = this.interp.n;
    const table = this.tm.table;
    const frames = table.tracebackFrames(tb).map((f) => {
      const file = table.frameFilename(f);
      let name = this.filenames.get(file);
      if (name === undefined) {
        name = n.str(table.filenames[file]);
        this.filenames.set(file, name);
      }
      return n.tuple([this.interp.ref(name), n.int(table.frameLineno(f))]);
    });
    const t = n.tuple(frames);
    this.tracebacks.set(tb, this.interp.ref(t));
    return t;
  }

  /** Lets go of the cached objects. */
  release(): void {
    for (const op of this.filenames.values()) this.interp.decref(op);
    for (const op of this.tracebacks.values()) this.interp.decref(op);
  }
}

// _tracemalloc._get_traces(): [(domain, size, traceback, total_nframe), …] from a copy of the
// traces taken first; as in CPython, only the empty list is traced: what fills it is made
// under set_reentrant(1).
function tracesList(interp: Interpreter, tm: Tracemalloc): Ptr {
  const n = interp.n;
  const list = n.list([]);
  const { sizes, tracebacks } = tm.table.copy();
  const maker = new TupleMaker(interp, tm);
  tm.reentrant = true;
  try {
    for (let i = 0; i < sizes.length; i++) {
      const tb = tracebacks[i];
      const trace = n.tuple([
        n.int(0),
        n.int(sizes[i]),
        maker.traceback(tb),
        n.int(tm.table.tracebackTotal(tb)),
      ]);
      n.listAppend(list, trace);
      interp.decref(trace);
    }
  } catch (e) {
    interp.decref(list);
    throw e;
  } finally {
    maker.release();
    tm.reentrant = false;
  }
  return list;
}

/** Fills the tracemalloc module: the helpers its Python code uses, then that code. */
export function initTracemallocModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  const file = n.str(TRACEMALLOC_FILENAME);
  n.dictSet(dict, n.intern('__file__'), file);
  interp.decref(file);
  const str = (op: Ptr, what: string): string => {
    if (!n.isStr(op)) throw new PyErr('TypeError', `${what} must be str, not ${interp.space.typeName(op)}`);
    return n.jsStr(op);
  };
  // fnmatch.fnmatch on POSIX (normcase does nothing): shell patterns over the whole name.
  interp.defNative(dict, '_fnmatch', (_s, a, k) => {
    argCount('_fnmatch', a, k, 2, 2);
    return interp.bool(fnmatchcase(str(a[0], 'name'), str(a[1], 'pattern')));
  });
  interp.runPythonInto(TRACEMALLOC_PY, TRACEMALLOC_FILENAME, dict);
}
