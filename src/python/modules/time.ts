// The `time` module: time, perf_counter, monotonic, process_time, sleep (and _ns variants),
// and the calendar functions (struct_time, gmtime, localtime, mktime, strftime, asctime,
// ctime; timezone, altzone, daylight, tzname) whose Python part is time-py.ts.

import { now } from '../../gc/index.js';
import type { Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';
import { TIME_PY } from './time-py.js';
import { runWithTpNameHook } from './tpname.js';

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

/** Blocks for `secs` seconds, in steps that let Ctrl-C and the --timeout through. */
export function sleepFor(interp: Interpreter, secs: number): void {
  let left = secs * 1000;
  while (left > 0) {
    const step = Math.min(left, 50);
    block(step, interp.interruptFlag);
    left -= step;
    interp.pollInterrupts();
    interp.safePoint();
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
  for (const name of ['perf_counter', 'monotonic', 'process_time', 'thread_time'])
    def(name, () => n.float(now() / 1000));
  for (const name of ['perf_counter_ns', 'monotonic_ns', 'process_time_ns', 'thread_time_ns']) {
    def(name, () => n.bigint(BigInt(Math.round((now() - start) * 1e6))));
  }
  def('sleep', (a, k) => {
    argCount('time.sleep', a, k, 1, 1);
    const x = a[0];
    const secs = n.isFloat(x) ? n.floatValue(x) : n.isInt(x) ? Number(n.intBig(x)) : Number.NaN;
    if (Number.isNaN(secs))
      throw new PyErr(
        'TypeError',
        `'${interp.space.typeName(x)}' object cannot be interpreted as an integer`,
      );
    if (secs < 0) throw new PyErr('ValueError', 'sleep length must be non-negative');
    // asyncio's loop clock counts the time the program blocked in sleep() (asyncio.ts).
    interp.sleptNs += Math.round(secs * 1e9);
    sleepFor(interp, secs);
    return interp.newNone();
  });
  initTimeCalendar(interp, dict);
}

/**
 * The abbreviation of the local zone at `date` ('UTC', 'EST', 'CEST' …): the US English name,
 * else the British one; zones that have neither show as 'GMT+5:30' and the like.
 */
function zoneName(date: Date): string {
  // Intl's first formatter loads ICU's zone data (30-150 ms): not for the UTC zone, which
  // Date's own text names.
  const text = date.toString();
  if (text.endsWith(' (Coordinated Universal Time)')) return 'UTC';
  // TZ set but empty: the C library's UTC, which ICU calls 'GMT+00:00'.
  if (text.endsWith(' (GMT+00:00)')) return 'UTC';
  let name = 'UTC';
  for (const locale of ['en-US', 'en-GB']) {
    try {
      const parts = new Intl.DateTimeFormat(locale, { timeZoneName: 'short' }).formatToParts(date);
      name = parts.find((p) => p.type === 'timeZoneName')?.value ?? name;
    } catch {
      return name;
    }
    if (!/^GMT[+-]/.test(name)) return name;
  }
  return name;
}

/** The local zone's UTC offset in seconds (east positive) at `date`. */
function offsetAt(date: Date): number {
  return -date.getTimezoneOffset() * 60;
}

/** Fills the calendar natives of the time module and runs its Python part. */
export function initTimeCalendar(interp: Interpreter, dict: Ptr): void {
  const n = interp.n;
  const year = new Date().getFullYear();
  const winter = new Date(year, 0, 1);
  const summer = new Date(year, 6, 1);
  const standard = Math.min(offsetAt(winter), offsetAt(summer));
  const dst = offsetAt(winter) !== offsetAt(summer);
  const standardDate = offsetAt(winter) === standard ? winter : summer;
  const dstDate = standardDate === winter ? summer : winter;
  // time.timezone, altzone, daylight, tzname: the zone's offsets west of UTC and its names.
  n.dictSet(dict, n.intern('timezone'), n.int(-standard));
  n.dictSet(dict, n.intern('altzone'), n.int(-(dst ? offsetAt(dstDate) : standard)));
  n.dictSet(dict, n.intern('daylight'), n.int(dst ? 1 : 0));
  const names = n.tuple([
    n.str(zoneName(standardDate)),
    n.str(dst ? zoneName(dstDate) : zoneName(standardDate)),
  ]);
  n.dictSet(dict, n.intern('tzname'), names);
  interp.decref(names);
  interp.defNative(dict, '_civil', (_s, a, k) => {
    argCount('_civil', a, k, 2, 2);
    const secs = n.isFloat(a[0]) ? n.floatValue(a[0]) : Number(n.intBig(a[0]));
    const local = interp.truthy(a[1]);
    const whole = Math.floor(secs);
    if (!Number.isFinite(secs) || Math.abs(whole) > 8.64e15 / 1000)
      throw new PyErr('OverflowError', 'timestamp out of range for platform time_t');
    const date = new Date(whole * 1000);
    const get = local
      ? [
          date.getFullYear(),
          date.getMonth(),
          date.getDate(),
          date.getHours(),
          date.getMinutes(),
          date.getSeconds(),
          date.getDay(),
        ]
      : [
          date.getUTCFullYear(),
          date.getUTCMonth(),
          date.getUTCDate(),
          date.getUTCHours(),
          date.getUTCMinutes(),
          date.getUTCSeconds(),
          date.getUTCDay(),
        ];
    const [y, mon, mday, hour, minute, sec, day] = get;
    const yday = Math.round((Date.UTC(y, mon, mday) - Date.UTC(y, 0, 1)) / 86_400_000) + 1;
    const offset = local ? offsetAt(date) : 0;
    const isdst = local ? (dst && offset !== standard ? 1 : 0) : 0;
    const zone = local ? zoneName(date) : 'GMT';
    return n.tuple([
      n.int(y),
      n.int(mon + 1),
      n.int(mday),
      n.int(hour),
      n.int(minute),
      n.int(sec),
      n.int((day + 6) % 7),
      n.int(yday),
      n.int(isdst),
      n.str(zone),
      n.int(offset),
    ]);
  });
  interp.defNative(dict, '_mktime', (_s, a, k) => {
    argCount('_mktime', a, k, 1, 1);
    const [y, mon, mday, hour, minute, sec, isdst] = n.tupleItems(a[0]).map((x) => Number(n.intBig(x)));
    const date = new Date(y, mon - 1, mday, hour, minute, sec);
    let ms = date.getTime();
    if (Number.isNaN(ms)) throw new PyErr('OverflowError', 'mktime argument out of range');
    // A tm_isdst of 0 or 1 says which offset the fields are in (-1: whichever applies then).
    const inDst = dst && offsetAt(date) !== standard;
    const dstShift = (offsetAt(dstDate) - standard) * 1000;
    if (isdst === 0 && inDst) ms += dstShift;
    else if (isdst > 0 && dst && !inDst) ms -= dstShift;
    return n.int(Math.floor(ms / 1000));
  });
  interp.hiddenTracebackFiles ??= new Set();
  interp.hiddenTracebackFiles.add('<frozen time>');
  runWithTpNameHook(interp, TIME_PY, '<frozen time>', dict);
}
