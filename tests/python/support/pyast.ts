// python3's `ast` as JSON, for testing the compiler and VM independently of pymm's parser.

import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Node } from '../../../src/python/compiler/index.js';

const script = join(dirname(fileURLToPath(import.meta.url)), '../../../../tests/python/support/pyast.py');

/** Parses each source with python3's `ast` and returns the trees (constants tagged as pymm's). */
export function pyParse(sources: string[]): Node[] {
  const r = spawnSync('python3', [script], {
    input: JSON.stringify(sources),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`python3 pyast.py failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as unknown[]).map(revive) as Node[];
}

function revive(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(revive);
  if (x === null || typeof x !== 'object') return x;
  const o = x as Record<string, unknown>;
  if (typeof o.tag === 'string' && !('_type' in o)) {
    if (o.tag === 'int') return { tag: 'int', value: BigInt(o.value as string) };
    if (o.tag === 'float' && typeof o.value === 'string') return { tag: 'float', value: Number(o.value) };
    if (o.tag === 'bytes') return { tag: 'bytes', value: Uint8Array.from(o.value as number[]) };
    if (o.tag === 'tuple') return { tag: 'tuple', items: (o.items as unknown[]).map(revive) };
    return o;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = revive(v);
  return out;
}
