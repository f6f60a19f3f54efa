#!/usr/bin/env node
// Bundles the interpreter for the worker thread of `pymm run` into one CommonJS file,
// dist/src/cli/worker.bundle.cjs (from worker-main.js, compiled by tsc), which
// dist/src/cli/worker-boot.js loads through a V8 code cache: loading ~150 ES modules one by
// one was about a third of `pymm -c pass`, and compiling the bundle without a cache another
// 20 ms. Freezes the Python-written standard modules next (scripts/freeze.mjs), then makes
// the code caches of the new build by running pymm twice (`-c pass` for the bundle's, one
// import of every frozen module for theirs). launch.ts uses the bundle only when it is newer
// than the last tsc build, so a plain `tsc -b` never runs stale code.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { freeze } from './freeze.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli');
const outfile = join(cli, 'worker.bundle.cjs');
buildSync({
  entryPoints: [join(cli, 'worker-main.js')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
});
const frozen = await freeze(outfile);
// Caches of an older build must not outlive it (a cache is stamped with its script's size
// and mtime; V8 checks only the length).
for (const dir of [cli, frozen.dir]) {
  for (const name of readdirSync(dir)) if (/\.cache$|\.tmp$/.test(name)) unlinkSync(join(dir, name));
}
const main = join(cli, 'main.cjs');
const warm = (code) => {
  const r = spawnSync(process.execPath, [main, '-c', code], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`bundle: pymm -c ${JSON.stringify(code)} exited with ${r.status}`);
};
warm('pass');
warm(frozen.modules.map((m) => `import ${m}`).join('\n'));
const kb = Math.round(statSync(outfile).size / 1024);
process.stdout.write(
  `bundle: ${outfile.slice(root.length + 1)} (${kb} KiB), ${frozen.count} frozen sources, code caches made\n`,
);
