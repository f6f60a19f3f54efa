// The worker thread of `pymm run` when no bundle is built (launch.ts): the compiled modules
// one by one, and no frozen modules (they may be older than the compiler in dist/).

import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerInput } from './launch.cjs';
import { workerMain } from './worker-main.js';

parentPort?.postMessage(workerMain(workerData as WorkerInput, null, null));
