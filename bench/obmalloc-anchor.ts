// The alloc suite's second anchor: CPython 3.11's own obmalloc, driven from C (bench/c/
// obmalloc_anchor.c) over the very streams pymm and @thi.ng/malloc replay. The C file is
// compiled on first use against the python3 on PATH (its headers and libpython), into the
// system's temporary directory; where that cannot be done (no C compiler, no headers, a
// python3 without libpython) the anchor is left out and the suite says why.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const SOURCE = join(here, '../../bench/c/obmalloc_anchor.c');

/** The anchor's name in tables and JSON. */
export const OBMALLOC_ANCHOR = 'cpython-obmalloc';

/** Which replay the C program runs (its `mode` word). */
export const StreamMode = { Pairs: 0, Steady: 1, Batch: 2 } as const;

/** The C anchor, ready to run, or why there is none. */
export type ObmallocAnchor = { binary: string } | { unavailable: string };

// python3's build facts the compiler needs, printed as four lines.
const FACTS = `import sysconfig as s
v = s.get_config_var
print(v('INCLUDEPY')); print(v('LIBDIR')); print(int(v('Py_ENABLE_SHARED') or 0))
print(v('LDVERSION') or v('VERSION'))`;

/** Compiles the C anchor (once per source and python3), or says why it cannot. */
export function buildObmallocAnchor(): ObmallocAnchor {
  const facts = spawnSync('python3', ['-c', FACTS], { encoding: 'utf8' });
  if (facts.status !== 0) return { unavailable: 'python3 did not report its build facts' };
  const [include, libdir, shared, ldversion] = facts.stdout.trim().split('\n');
  if (shared !== '1') return { unavailable: 'python3 has no shared libpython to link against' };
  if (!existsSync(join(include, 'Python.h'))) return { unavailable: `no Python.h in ${include}` };
  const source = readFileSync(SOURCE);
  const key = createHash('sha256').update(source).update(facts.stdout).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), 'pymm-bench');
  const binary = join(dir, `obmalloc_anchor-${key}`);
  if (existsSync(binary)) return { binary };
  mkdirSync(dir, { recursive: true });
  const args = ['-O2', `-I${include}`, SOURCE, '-o', binary, `-L${libdir}`, `-lpython${ldversion}`];
  args.push(`-Wl,-rpath,${libdir}`);
  const cc = spawnSync(process.env.CC ?? 'cc', args, { encoding: 'utf8' });
  if (cc.error !== undefined || cc.status !== 0) {
    const why = cc.error?.message ?? cc.stderr.trim().split('\n')[0];
    return { unavailable: `the C anchor did not compile (${why})` };
  }
  return { binary };
}

/** The replay a case asks the C anchor for. */
export interface Stream {
  mode: (typeof StreamMode)[keyof typeof StreamMode];
  count: number;
  live: number;
  initial?: Uint32Array;
  sizes?: Uint32Array;
  idx?: Uint32Array;
}

/** Runs the C anchor over `stream` for `rounds` timed rounds; its median Mops/s. */
export function runObmallocAnchor(binary: string, stream: Stream, rounds: number): number {
  const { mode, count, live } = stream;
  const words = new Uint32Array(4 + live + 2 * count);
  words.set([mode, count, live, rounds]);
  if (stream.initial !== undefined) words.set(stream.initial.subarray(0, live), 4);
  if (stream.sizes !== undefined) words.set(stream.sizes.subarray(0, count), 4 + live);
  if (stream.idx !== undefined) words.set(stream.idx.subarray(0, count), 4 + live + count);
  const file = join(dirname(binary), `stream-${process.pid}.bin`);
  writeFileSync(file, words);
  try {
    const r = spawnSync(binary, [file], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${OBMALLOC_ANCHOR}: ${r.stderr.trim() || `exit ${r.status}`}`);
    const rates = r.stdout
      .trim()
      .split('\n')
      .map((line) => {
        const [ops, s] = line.split(' ').map(Number);
        return ops / s / 1e6;
      });
    return median(rates);
  } finally {
    rmSync(file, { force: true });
  }
}
