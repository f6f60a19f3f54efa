// The `_pymm` helper of the `pymm` module: the runtime's collection policies and the
// statistics of the collector and the heap (src/gc/policy.ts, src/heap/stats.ts), for the
// Python half (pymm-py.ts) that checks arguments and documents them. Not a CPython module.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import type { Interpreter } from '../vm/interp.js';

/** A JS value as a new reference: numbers (ints when integral), booleans, strings, null, arrays (lists) and plain objects (dicts). */
function toPython(interp: Interpreter, v: unknown): Ptr {
  const n = interp.n;
  if (v === null || v === undefined) return interp.newNone();
  if (typeof v === 'boolean') return interp.bool(v);
  if (typeof v === 'number') return Number.isInteger(v) ? n.int(v) : n.float(v);
  if (typeof v === 'string') return n.str(v);
  if (Array.isArray(v)) return n.list(v.map((x) => toPython(interp, x)));
  const d = n.dict();
  for (const [key, value] of Object.entries(v as Record<string, unknown>)) {
    const k = n.str(key);
    const x = toPython(interp, value);
    n.dictSet(d, k, x);
    interp.decref(k);
    interp.decref(x);
  }
  return d;
}

/** Fills `_pymm`: its functions take arguments the Python half has already checked. */
export function initPymmNativeModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  const rt = interp.space.rt;
  const policy = rt.policy;
  const def = (name: string, f: (args: Ptr[]) => unknown) =>
    interp.defNative(dict, name, (_s, a) => toPython(interp, f(a)));
  const optionalInt = (op: Ptr) => (op === NULL || op === interp.none ? null : n.intSafe(op));

  // PRINT_EXPR of compile(..., 'single'): the value to sys.displayhook, read from sys's dict
  // each time (a program may replace or delete it).
  interp.defNative(dict, 'displayhook', (_s, a) => {
    const sys = interp.modules.get('sys');
    const hook = sys === undefined ? NULL : n.dictGet(interp.moduleDict(sys), n.intern('displayhook'));
    if (hook === NULL) throw new PyErr('RuntimeError', 'lost sys.displayhook');
    return interp.callBorrowed(hook, [a[0]]);
  });

  def('policy', () => ({
    auto: policy.auto,
    every: policy.timer === null ? null : [policy.timer.intervalMs, policy.timer.generation],
    events: Object.fromEntries(policy.events),
    retry_on_memory_error: policy.collectOnMemoryError,
  }));
  def('set_auto', (a) => {
    policy.auto = interp.truthy(a[0]);
  });
  def('set_timer', (a) => {
    const ms = a[0] === interp.none ? null : n.floatValue(a[0]);
    policy.setTimer(ms === null ? null : { intervalMs: ms, generation: n.intSafe(a[1]) });
  });
  def('set_event', (a) => policy.setEvent(n.jsStr(a[0]), optionalInt(a[1])));
  def('set_retry', (a) => {
    policy.collectOnMemoryError = interp.truthy(a[0]);
  });
  def('signal', (a) => policy.signal(n.jsStr(a[0])));
  def('gc_stats', () => {
    const s = policy.stats();
    return {
      collections: s.collections,
      by_trigger: s.byTrigger,
      examined: s.examined,
      collected: s.collected,
      total_pause_ms: s.totalPauseMs,
      max_pause_ms: s.maxPauseMs,
      run_time_ms: s.elapsedMs,
      pause_share: s.pauseShare,
    };
  });
  def('reset_gc_stats', () => policy.resetStats());
  def('heap_stats', () => {
    const s = rt.heap.stats();
    return {
      capacity: s.heap.capacity,
      bytes_in_use: s.heap.bytesInUse,
      bytes_reserved: s.heap.bytesReserved,
      peak_bytes_reserved: s.heap.peakBytesReserved,
      arenas: s.arenas.current,
      arenas_allocated: s.arenas.allocatedTotal,
      arenas_reclaimed: s.arenas.reclaimed,
      arenas_highwater: s.arenas.highwater,
      allocated_blocks: s.allocatedBlocks,
      arena_fragmentation: s.heap.arenaFragmentation,
      external_fragmentation: s.heap.externalFragmentation,
    };
  });
}
