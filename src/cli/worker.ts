// The worker thread of `pymm run` (see launch.ts): runs the program and posts its status.

import { writeSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerInput, WorkerResult } from './launch.js';
import { runCommand } from './run.js';

const input = workerData as WorkerInput;
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
const result: WorkerResult = { status, sigint };
parentPort?.postMessage(result);
