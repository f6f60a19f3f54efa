// The worker thread of `pymm run` (see launch.ts) as `npm run build` leaves it: loads the
// interpreter's bundle (scripts/bundle.mjs, one CommonJS file) through its V8 code cache,
// then runs the program with the frozen modules of dist/src/python/frozen/.

import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { runCachedScript, writeCodeCaches } from './code-cache.cjs';
import type { WorkerInput, WorkerResult } from './launch.cjs';

/** The bundle's exports (scripts/bundle.mjs: worker-main.ts's). */
interface Bundle {
  workerMain(input: WorkerInput, frozenDir: string | null, bundle: string | null): WorkerResult;
}

const here = __dirname;
const file = join(here, 'worker.bundle.cjs');
// The bundle is a function expression: CommonJS's module wrapper is in the file (see
// scripts/bundle.mjs).
const wrapper = runCachedScript(file) as (...args: unknown[]) => void;
const bundle = { exports: {} as Bundle };
// This file's own require: the bundle lies in the same directory, so it resolves the same
// names (and node:module is not loaded for createRequire).
wrapper(bundle.exports, require, bundle, file, here);
const { size, mtimeMs } = statSync(file);
const result = bundle.exports.workerMain(
  workerData as WorkerInput,
  join(here, '..', 'python', 'frozen'),
  `${size}:${mtimeMs}`,
);
writeCodeCaches();
parentPort?.postMessage(result);
