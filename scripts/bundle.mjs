#!/usr/bin/env node
// Bundles the interpreter for the worker thread of `pymm run` into one CommonJS file,
// dist/src/cli/worker.bundle.cjs (from worker-main.js, compiled by tsc), which
// dist/src/cli/worker-boot.js loads through a V8 code cache: loading ~150 ES modules one by
// one was about a third of `pymm -c pass`, and compiling the bundle without a cache another
// 20 ms. Freezes the Python-written standard modules next (scripts/freeze.mjs), then makes
// the code caches of the new build by running pymm twice (scripts/warm-up.py for the bundle's, one
// import of every frozen module for theirs). launch.ts uses the bundle only when it is newer
// than the last tsc build, so a plain `tsc -b` never runs stale code.
//
// The bundle is written without comments and indentation (names kept;
// PYMM_READABLE_BUNDLE=1 keeps the layout, for profiles by line) and must be pure ASCII: Node reads a file
// with one non-ASCII character into a two-byte string, twice the memory V8 scans and hashes
// at every start-up. The build fails when a source brings one in (write \uXXXX instead).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { freeze } from './freeze.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli');
const outfile = join(cli, 'worker.bundle.cjs');
// For profiling: keep comments and layout (then the bundle need not be ASCII).
const readable = process.env.PYMM_READABLE_BUNDLE === '1';
buildSync({
  entryPoints: [join(cli, 'worker-main.js')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  charset: 'ascii',
  legalComments: 'none',
  minifyWhitespace: !readable,
  // CommonJS's module wrapper in the file itself (worker-boot.cts runs the file's text as it
  // is read: no 3.4 MB string concatenated and flattened at every start-up). The bundle was
  // written as ES modules, which are strict.
  banner: { js: '(function (exports, require, module, __filename, __dirname) { "use strict";' },
  footer: { js: '\n})' },
});
const nonAscii = /[\u0080-\uffff]/.exec(readFileSync(outfile, 'latin1'));
if (nonAscii !== null && !readable) {
  const text = readFileSync(outfile, 'utf8');
  const at = text.search(/[\u0080-\uffff]/);
  throw new Error(`bundle: non-ASCII text in the bundle: ${JSON.stringify(text.slice(at - 60, at + 10))}`);
}
const frozen = await freeze(outfile);
// Caches of an older build must not outlive it (a cache is stamped with its script's size
// and mtime; V8 checks only the length).
for (const dir of [cli, frozen.dir]) {
  for (const name of readdirSync(dir)) if (/\.cache$|\.tmp$/.test(name)) unlinkSync(join(dir, name));
}
const main = join(cli, 'main.cjs');
const warm = (...args) => {
  const r = spawnSync(process.execPath, [main, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`bundle: pymm ${JSON.stringify(args)} exited with ${r.status}`);
};
// The bundle's cache holds what a typical short program compiles (scripts/warm-up.py).
warm('run', join(root, 'scripts', 'warm-up.py'));
warm('-c', frozen.modules.map((m) => `import ${m}`).join('\n'));
const kb = Math.round(statSync(outfile).size / 1024);
process.stdout.write(
  `bundle: ${outfile.slice(root.length + 1)} (${kb} KiB), ${frozen.count} frozen sources, code caches made\n`,
);
