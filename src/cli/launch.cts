// `pymm run` / `pymm -c` from the main thread: the interpreter runs synchronously, so it runs
// in a worker thread, and the main thread stays free to receive SIGINT.
//
// Ctrl-C sets word 0 of a SharedArrayBuffer that the interpreter polls at its safe points
// (Interpreter.pollInterrupts) and wakes a time.sleep() waiting on it; the program then sees
// KeyboardInterrupt as in CPython. A second Ctrl-C before the first was taken (a program
// stuck where no safe point runs) stops pymm at once, by SIGINT. An uncaught
// KeyboardInterrupt ends pymm by SIGINT too, as python3 does (status 130 in a shell).
//
// This file imports nothing from the interpreter, so the main thread starts the worker
// without loading it twice.

import { statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** Stack of the interpreter's thread, in MiB. */
const WORKER_STACK_MB = 512;

/** What the worker posts when the program has finished. */
export interface WorkerResult {
  status: number;
  /** The program ended with an uncaught KeyboardInterrupt: exit by SIGINT. */
  sigint: boolean;
}

/** What the worker is given. */
export interface WorkerInput {
  argv: string[];
  interruptFlag: Int32Array;
}

/** Runs `pymm run ARGV` in a worker thread; sets the exit status (or exits by SIGINT) when it ends. */
export function launch(argv: string[]): void {
  const interruptFlag = new Int32Array(new SharedArrayBuffer(4));
  const input: WorkerInput = { argv, interruptFlag };
  const worker = new Worker(workerEntry(), {
    workerData: input,
    stdin: false,
    stdout: false,
    stderr: false,
    // CPython 3.11 runs Python-to-Python calls without C recursion, so a program that raises
    // sys.setrecursionlimit() can recurse 100,000 deep; pymm's calls are JS calls, and this
    // stack (reserved, committed only when touched) holds about that many frames.
    resourceLimits: { stackSizeMb: WORKER_STACK_MB },
  });
  let failed = false;
  const onSigint = () => {
    if (Atomics.load(interruptFlag, 0) !== 0) exitBySigint();
    Atomics.store(interruptFlag, 0, 1);
    Atomics.notify(interruptFlag, 0);
  };
  process.on('SIGINT', onSigint);
  // The program is over when its status arrives: everything it printed went out through
  // writeSync, so pymm exits now instead of waiting for the worker thread to be torn down.
  worker.on('message', (m: WorkerResult) => {
    process.off('SIGINT', onSigint);
    if (m.sigint) exitBySigint();
    process.exit(m.status);
  });
  worker.on('error', (e: Error) => {
    // No JS stack trace reaches the user.
    writeSync(2, `pymm: internal error: ${e.message}\n`);
    failed = true;
  });
  worker.on('exit', (code) => {
    process.off('SIGINT', onSigint);
    process.exitCode = failed ? 70 : code;
  });
}

// The bundled worker (worker-boot.js loads scripts/bundle.mjs's bundle), unless a TypeScript
// build ran after the bundle was made (tsc -b rewrites its .tsbuildinfo files whenever an
// output changes): then the compiled modules, one by one, so a plain `tsc -b` never runs
// stale code.
function workerEntry(): string {
  const plain = join(__dirname, 'worker.js');
  let made: number;
  try {
    made = statSync(join(__dirname, 'worker.bundle.cjs')).mtimeMs;
  } catch {
    return plain;
  }
  for (const info of ['../../core.tsbuildinfo', '../../cli.tsbuildinfo']) {
    try {
      if (statSync(join(__dirname, info)).mtimeMs > made) return plain;
    } catch {
      // an installed package has no build info: the bundle is what was shipped
    }
  }
  return join(__dirname, 'worker-boot.cjs');
}

// exit_sigint(): restore the default action and signal ourselves; 130 if that returns.
function exitBySigint(): never {
  process.removeAllListeners('SIGINT');
  process.kill(process.pid, 'SIGINT');
  process.exit(130);
}
