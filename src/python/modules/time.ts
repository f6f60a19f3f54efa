// The `time` module: time, perf_counter, monotonic, process_time, sleep (and _ns variants).

import { now } from '../../gc/index.js';
import type { Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';

/**
 * Blocks for `ms` milliseconds (Atomics.wait where allowed, else a busy wait); waiting on
 * the interrupt flag, a SIGINT seen by another thread ends the wait at once.
 */
function block(ms: number, flag: Int32Array | null): void {
  try {
    Atomics.wait(flag ?? new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  } catch {
    const end = now() + ms;
    while (now() < end) {
      /* spin */
    }
  }
}

/** Fills the time module. */
export function initTimeModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  const def = (name: string, f: (args: Ptr[], kw: Ptr[] | null) => Ptr) =>
    interp.defNative(dict, name, (_s, a, k) => f(a, k));
  const start = now();
  def('time', () => n.float(Date.now() / 1000));
  def('time_ns', () => n.bigint(BigInt(Date.now()) * 1_000_000n));
  for (const name of ['perf_counter', 'monotonic', 'process_time']) def(name, () => n.float(now() / 1000));
  for (const name of ['perf_counter_ns', 'monotonic_ns', 'process_time_ns']) {
    def(name, () => n.bigint(BigInt(Math.round((now() - start) * 1e6))));
  }
  def('sleep', (a, k) => {
    argCount('sleep', a, k, 1, 1);
    const x = a[0];
    const secs = n.isFloat(x) ? n.floatValue(x) : n.isInt(x) ? Number(n.intBig(x)) : Number.NaN;
    if (Number.isNaN(secs))
      throw new PyErr(
        'TypeError',
        `'${interp.space.typeName(x)}' object cannot be interpreted as an integer`,
      );
    if (secs < 0) throw new PyErr('ValueError', 'sleep length must be non-negative');
    let left = secs * 1000;
    while (left > 0) {
      const step = Math.min(left, 50);
      block(step, interp.interruptFlag);
      left -= step;
      interp.pollInterrupts();
      interp.safePoint();
    }
    return interp.newNone();
  });
}
