#!/usr/bin/env node
// Bundles the interpreter's worker entry (dist/src/cli/worker.js, compiled by tsc) into one
// file, dist/src/cli/worker.bundle.js: loading ~150 ES modules one by one was about a third
// of `pymm -c pass`. launch.ts uses the bundle only when it is newer than worker.js, so a
// plain `tsc -b` never runs stale code.
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'src', 'cli', 'worker.js');
const outfile = join(root, 'dist', 'src', 'cli', 'worker.bundle.js');
buildSync({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
const kb = Math.round(statSync(outfile).size / 1024);
process.stdout.write(`bundle: ${outfile.slice(root.length + 1)} (${kb} KiB)\n`);
