// What the worker thread of `pymm run` does (see launch.ts): runs the program, returns its status.

import { writeSync } from 'node:fs';
import { writeCodeCaches } from './code-cache.cjs';
import { registerFrozenFiles } from './frozen-files.js';
import type { WorkerInput, WorkerResult } from './launch.cjs';
import { runCommand } from './run.js';

/**
 * Runs `pymm run` with the worker's input; `frozenDir` holds the frozen modules (null: none)
 * and `bundle` is `size:mtimeMs` of the bundle running this (null: not a bundle).
 */
export function workerMain(
  input: WorkerInput,
  frozenDir: string | null,
  bundle: string | null,
): WorkerResult {
  if (frozenDir !== null) registerFrozenFiles(frozenDir, bundle);
  let sigint = false;
  const status = runCommand(
    input.argv,
    (m) => {
      writeSync(2, `usage: pymm run [options] FILE.py [ARGS...]\npymm run: error: ${m}\n`);
      process.exit(2);
    },
    {
      interruptFlag: input.interruptFlag,
      onExit: (interrupted) => {
        sigint = interrupted;
      },
    },
  );
  writeCodeCaches();
  return { status, sigint };
}
