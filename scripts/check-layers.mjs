#!/usr/bin/env node
// Enforces the layer table of DESIGN.md: imports go one way, top to bottom.
// Every relative import in src/ is resolved to a folder and checked against ALLOWED.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

/** The layer a source file belongs to, by folder. */
function layerOf(file) {
  const rel = relative(src, file).split('\\').join('/');
  if (rel === 'index.ts') return 'index';
  const [top, sub] = rel.split('/');
  if (top === 'python') return sub === 'syntax' ? 'python/syntax' : 'python';
  return top;
}

// Which layers each layer may import from (itself always allowed).
const ALLOWED = {
  heap: [],
  gc: ['heap'],
  objects: ['gc', 'heap'],
  'python/syntax': [],
  python: ['python/syntax', 'objects', 'gc', 'heap'],
  inspect: ['python', 'python/syntax', 'objects', 'gc', 'heap'],
  index: ['inspect', 'python', 'python/syntax', 'objects', 'gc', 'heap'],
  cli: ['index', 'inspect', 'heap'],
  playground: ['index', 'inspect', 'heap'],
};
// Node built-ins are allowed only in the CLI (and never in the core or the page).
const NODE_OK = new Set(['cli']);

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (p.endsWith('.ts')) yield p;
  }
}

const problems = [];
const importRe = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
for (const file of walk(src)) {
  const from = layerOf(file);
  const allowed = ALLOWED[from];
  if (!allowed) {
    problems.push(`${relative(root, file)}: folder is not in the layer table`);
    continue;
  }
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(importRe)) {
    const spec = m[1] ?? m[2];
    if (spec.startsWith('node:')) {
      if (!NODE_OK.has(from)) problems.push(`${relative(root, file)}: layer ${from} may not import ${spec}`);
      continue;
    }
    if (!spec.startsWith('.')) continue; // packages: checked by the tsconfig projects
    const target = layerOf(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
    if (target !== from && !allowed.includes(target)) {
      problems.push(`${relative(root, file)}: layer ${from} may not import ${spec} (layer ${target})`);
    }
  }
}
if (problems.length > 0) {
  console.error(
    `check-layers: ${problems.length} import(s) break the layer table:\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
console.log('check-layers: ok');
