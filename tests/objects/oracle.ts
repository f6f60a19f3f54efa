// python3 as the oracle: runs one python3 process (PYTHONHASHSEED=0) over a JSON input and
// returns its JSON output. The prelude gives scripts `attempt(f)`: repr(f()) or "Type: msg".

import { spawnSync } from 'node:child_process';
import { PyErr } from '../../src/objects/index.js';

const PRELUDE = `
import json, sys, math, struct
def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
data = json.loads(sys.stdin.read())
`;

/** Runs `script` (which reads `data` and must print one JSON value) under python3 with PYTHONHASHSEED=0. */
export function python<T>(script: string, input: unknown = null): T {
  const r = spawnSync('python3', ['-c', PRELUDE + script], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    env: { ...process.env, PYTHONHASHSEED: '0' },
    maxBuffer: 256 << 20,
  });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** Runs `f` and gives what python's attempt() gives: its result's repr, or "Type: message". */
export function attempt(f: () => string): string {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyErr) return `${e.excType}: ${e.message}`;
    if (e instanceof Error && e.name === 'HeapExhausted') return 'MemoryError: ';
    throw e;
  }
}
