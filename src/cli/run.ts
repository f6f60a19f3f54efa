// `pymm run [options] FILE [ARGS…]` and `pymm -c CODE`: run a Python program on a pymm heap.

import { readFileSync, writeSync } from 'node:fs';
import { delimiter, dirname, resolve } from 'node:path';
import {
  createInterpreter,
  HeapExhausted,
  type Interpreter,
  now,
  runMain,
  TimeoutExpired,
} from '../index.js';
import { applyGcPolicy, defaultGcPolicy, type GcPolicyOption, parseGcPolicy } from './gcpolicy.js';
import { fileSystemLoader } from './loader.js';
import { parseSize } from './size.js';
import { stdinReader } from './stdin.js';

/** Options that come before the program file. */
export interface RunOptions {
  heapSize: number;
  traceGc: boolean;
  gc: GcPolicyOption;
  stats: boolean;
  json: boolean;
  timeout: number | null;
  checked: boolean;
}

/** The help of `pymm run`. */
export const RUN_HELP = `usage: pymm run [options] FILE.py [ARGS...]
       pymm -c CODE [ARGS...]

Runs a Python program with every object in a pymm heap. Options come before the file;
what follows the file is the program's sys.argv[1:].

options:
  --heap-size=SIZE   heap capacity, e.g. 64M, 1G (default 1G, at most 4G)
  --trace-gc         print CPython's DEBUG_STATS lines (gc: collecting …) on stderr
  --gc=POLICIES      when to collect, comma-separated: auto (CPython's thresholds,
                     the default), every:MS[:GEN] (generation GEN, default 2, every MS
                     milliseconds of run time), on:EVENT[:GEN] (when the program calls
                     pymm.signal('EVENT')), retry (on MemoryError, collect and retry
                     once), or off. Only the triggers listed run: --gc=auto,every:100
  --stats            print collector and allocator statistics at exit (stderr)
  --json             with --stats: the statistics as one JSON document
  --timeout=SECONDS  stop the program after this much wall-clock time (status 124)
  --checked          checked mode: heap and reference-count sanitizer (slow)`;

/** Parses `run`'s options; returns them with the program path (or code) and its argv. */
export function parseRunArgs(
  argv: string[],
  usageError: (m: string) => never,
): {
  options: RunOptions;
  file: string | null;
  code: string | null;
  args: string[];
} {
  const options: RunOptions = {
    heapSize: 1024 ** 3,
    traceGc: false,
    gc: defaultGcPolicy(),
    stats: false,
    json: false,
    timeout: null,
    checked: false,
  };
  let i = 0;
  let code: string | null = null;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-c') {
      if (i + 1 >= argv.length) usageError('argument -c: expected one argument');
      code = argv[i + 1];
      i += 2;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    const [name, value] = a.includes('=')
      ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
      : [a, undefined];
    const need = () => {
      if (value === undefined) usageError(`option ${name} needs a value (${name}=…)`);
      return value;
    };
    switch (name) {
      case '--heap-size':
        try {
          options.heapSize = parseSize(need());
        } catch (e) {
          usageError((e as Error).message);
        }
        if (options.heapSize < 1 << 20 || options.heapSize > 4 * 1024 ** 3)
          usageError('--heap-size must be between 1M and 4G');
        break;
      case '--trace-gc':
        options.traceGc = true;
        break;
      case '--gc': {
        options.gc = parseGcPolicy(need(), usageError);
        break;
      }
      case '--stats':
        options.stats = true;
        break;
      case '--json':
        options.json = true;
        break;
      case '--checked':
        options.checked = true;
        break;
      case '--timeout': {
        const v = Number(need());
        if (!(v > 0)) usageError('--timeout must be a positive number of seconds');
        options.timeout = v;
        break;
      }
      default:
        usageError(`unrecognized option '${a}' (see pymm run --help)`);
    }
  }
  if (code !== null) return { options, file: null, code, args: argv.slice(i) };
  if (i >= argv.length) usageError('the following arguments are required: FILE');
  return { options, file: argv[i], code: null, args: argv.slice(i + 1) };
}

/** What the thread running the program gets from its host (launch.ts's worker mode). */
export interface RunHost {
  /** Polled at safe points: non-zero once SIGINT was seen (see Interpreter.interruptFlag). */
  interruptFlag?: Int32Array;
  /** Told at the end whether the program ended with an uncaught KeyboardInterrupt. */
  onExit?: (unhandledKeyboardInterrupt: boolean) => void;
}

/** Runs the program; returns the process exit status. */
export function runCommand(argv: string[], usageError: (m: string) => never, host: RunHost = {}): number {
  const { options, file, code, args } = parseRunArgs(argv, usageError);
  let source: string;
  let filename: string;
  if (code !== null) {
    source = code;
    filename = '<string>';
  } else {
    filename = resolve(file as string);
    try {
      source = readFileSync(filename, 'utf8');
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const why =
        err.code === 'ENOENT'
          ? 'No such file or directory'
          : err.code === 'EISDIR'
            ? 'Is a directory'
            : err.message;
      writeAll(
        2,
        `pymm: can't open file '${filename}': [Errno ${err.errno === undefined ? 2 : -err.errno}] ${why}\n`,
      );
      return 2;
    }
  }
  const out = new Output();
  let interp: Interpreter;
  try {
    interp = createInterpreter({
      capacity: options.heapSize,
      checked: options.checked,
      checkedRefs: options.checked,
      argv: [code !== null ? '-c' : (file as string), ...args], // sys.argv[0] is the path as given
      loader: fileSystemLoader(),
      path: [code !== null ? '' : dirname(filename), ...pythonPath()],
      cwd: process.cwd(),
      io: {
        stdout: (s) => out.stdout(s),
        stderr: (s) => out.stderr(s),
        flush: () => out.flush(),
        stdin: stdinReader(),
        stdoutBytes: (b) => out.bytes(1, b),
        stderrBytes: (b) => out.bytes(2, b),
      },
    });
  } catch (e) {
    if (e instanceof RangeError || e instanceof HeapExhausted) {
      writeAll(2, `pymm: cannot reserve a heap of ${options.heapSize} bytes: ${(e as Error).message}\n`);
      return 1;
    }
    throw e;
  }
  const rt = interp.space.rt;
  if (options.traceGc) rt.gc.debug |= 1;
  applyGcPolicy(rt.policy, options.gc);
  if (options.timeout !== null) interp.deadline = now() + options.timeout * 1000;
  interp.interruptFlag = host.interruptFlag ?? null;
  let status: number;
  try {
    status = runMain(interp, source, filename);
  } catch (e) {
    if (e instanceof HeapExhausted) {
      // The heap was too full even to report the MemoryError in Python.
      out.stderr('MemoryError\n');
      status = 1;
    } else if (e instanceof RangeError && /call stack/.test(e.message)) {
      out.stderr('RecursionError: maximum recursion depth exceeded\n');
      status = 1;
    } else if (e instanceof TimeoutExpired) {
      out.stderr(`pymm: the program was stopped after --timeout=${options.timeout} seconds\n`);
      status = 124;
    } else {
      throw e;
    }
  }
  if (options.stats) out.stderr(statsReport(interp, options.json));
  out.flush();
  host.onExit?.(interp.unhandledKeyboardInterrupt === true);
  return status;
}

// PYTHONPATH's directories come after the script's directory, as in CPython.
function pythonPath(): string[] {
  const v = process.env.PYTHONPATH;
  return v === undefined || v === '' ? [] : v.split(delimiter).map((p) => (p === '' ? '' : resolve(p)));
}

function statsReport(interp: Interpreter, json: boolean): string {
  const rt = interp.space.rt;
  const policy = rt.policy.stats();
  const heap = rt.heap.stats();
  const doc = {
    collections: policy.collections,
    byTrigger: policy.byTrigger,
    objectsExamined: policy.examined,
    objectsCollected: policy.collected,
    totalPauseMs: policy.totalPauseMs,
    maxPauseMs: policy.maxPauseMs,
    runTimeMs: policy.elapsedMs,
    pauseShare: policy.pauseShare,
    gcStats: interp.space.gc.get_stats(),
    heap: {
      capacity: heap.heap.capacity,
      bytesInUse: heap.heap.bytesInUse,
      bytesReserved: heap.heap.bytesReserved,
      peakBytesReserved: heap.heap.peakBytesReserved,
      arenas: heap.arenas,
      allocatedBlocks: heap.allocatedBlocks,
    },
  };
  if (json) return `${JSON.stringify(doc)}\n`;
  const ms = (x: number) => `${x.toFixed(3)} ms`;
  return [
    '--- pymm statistics ---',
    `collections per generation: ${policy.collections.join(', ')} (threshold ${policy.byTrigger.threshold}, timer ${policy.byTrigger.timer}, event ${policy.byTrigger.event}, manual ${policy.byTrigger.manual}, memory ${policy.byTrigger.memory})`,
    `objects examined: ${policy.examined}, collected: ${policy.collected}`,
    `gc pause: total ${ms(policy.totalPauseMs)}, max ${ms(policy.maxPauseMs)}, ${(policy.pauseShare * 100).toFixed(2)}% of ${ms(policy.elapsedMs)} run time`,
    `heap: ${heap.heap.bytesInUse} bytes in use, ${heap.heap.bytesReserved} reserved (peak ${heap.heap.peakBytesReserved}), arenas now ${heap.arenas.current} (highwater ${heap.arenas.highwater}), ${heap.allocatedBlocks} blocks`,
    '',
  ].join('\n');
}

// Buffered, synchronous output; stdout is flushed before anything goes to stderr so that
// a terminal shows them in program order.
class Output {
  private buf: string[] = [];
  private size = 0;
  stdout(s: string): void {
    this.buf.push(s);
    this.size += s.length;
    if (this.size > 1 << 16) this.flush();
  }
  stderr(s: string): void {
    this.flush();
    writeAll(2, s);
  }
  /** Bytes written as they are, after the text before them. */
  bytes(fd: number, b: Uint8Array): void {
    this.flush();
    writeAll(fd, b);
  }
  flush(): void {
    if (this.buf.length === 0) return;
    writeAll(1, this.buf.join(''));
    this.buf = [];
    this.size = 0;
  }
}

function writeAll(fd: number, s: string | Uint8Array): void {
  const b = typeof s === 'string' ? Buffer.from(s, 'utf8') : s;
  let off = 0;
  while (off < b.length) {
    try {
      off += writeSync(fd, b, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw e;
    }
  }
}
