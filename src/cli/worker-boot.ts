// The worker thread of `pymm run` (see launch.ts) as `npm run build` leaves it: loads the
// interpreter's bundle (scripts/bundle.mjs, one CommonJS file) through its V8 code cache,
// then runs the program with the frozen modules of dist/src/python/frozen/.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { runCachedScript, writeCodeCaches } from './code-cache.js';
import type { WorkerInput, WorkerResult } from './launch.js';

/** The bundle's exports (scripts/bundle.mjs: worker-main.ts's). */
interface Bundle {
  workerMain(input: WorkerInput, frozenDir: string | null): WorkerResult;
}

const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, 'worker.bundle.cjs');
// CommonJS's module wrapper; the bundle was written as ES modules, which are strict.
const wrapper = runCachedScript(
  file,
  '(function (exports, require, module, __filename, __dirname) { "use strict";',
  '\n})',
) as (...args: unknown[]) => void;
const module = { exports: {} as Bundle };
wrapper(module.exports, createRequire(file), module, file, here);
const result = module.exports.workerMain(workerData as WorkerInput, join(here, '..', 'python', 'frozen'));
writeCodeCaches();
parentPort?.postMessage(result);
