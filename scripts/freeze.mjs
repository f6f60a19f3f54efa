#!/usr/bin/env node
// Freezes pymm's Python-written standard modules (see src/python/vm/frozen.ts): compiles
// every source that runPythonInto runs, with the compiler in dist/, into one script per
// source in dist/src/python/frozen/ (its value: the array of FrozenUnits, whose factories
// are JS functions) and an index.json (filename → length, hash and script of the source),
// which the CLI registers (src/cli/frozen-files.ts). The sources are found by running them:
// an interpreter imports every built-in module while an observer records what
// runPythonInto is given, so a new frozen module needs no list to be kept here.
// scripts/bundle.mjs runs this first.
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist', 'src');
const load = (p) => import(pathToFileURL(join(dist, p)).href);

/**
 * Writes dist/src/python/frozen/; returns the directory, the number of sources and the
 * modules imported. `bundle`: the worker bundle made from the same dist/ (recorded in
 * index.json by size and mtime, see src/cli/frozen-files.ts), if any.
 */
export async function freeze(bundle = null) {
  const { createInterpreter, parse, compileModule, observeFrozenSources, sourceHash } =
    await load('python/index.js');
  const sources = new Map();
  observeFrozenSources((filename, source) => {
    const seen = sources.get(filename);
    if (seen !== undefined && seen !== source) throw new Error(`freeze: two sources run as ${filename}`);
    sources.set(filename, source);
  });
  let modules;
  try {
    const interp = createInterpreter({ capacity: 256 << 20, io: { stdout() {}, stderr() {} } });
    modules = [...interp.moduleInits.keys()].sort();
    for (const name of modules) interp.decref(interp.importModule(interp.n.intern(name), 0, true));
  } finally {
    observeFrozenSources(null);
  }
  const dir = join(dist, 'python', 'frozen');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const index = {};
  let stamp = null;
  if (bundle !== null) {
    const { size, mtimeMs } = statSync(bundle);
    stamp = `${size}:${mtimeMs}`;
  }
  for (const [filename, source] of [...sources].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const file = `${filename.replace(/^<frozen (.*)>$/, '$1').replace(/[^A-Za-z0-9._-]/g, '_')}.js`;
    if (Object.values(index).some((e) => e.file === file))
      throw new Error(`freeze: two sources named ${file}`);
    index[filename] = { length: source.length, hash: sourceHash(source), file };
    const units = compileModule(parse(source, filename), filename);
    const text = [
      `// ${filename}, frozen by scripts/freeze.mjs: do not edit.`,
      '[',
      ...units.map((u) => `${unitLiteral(u)},`),
      ']',
      '',
    ];
    writeFileSync(join(dir, file), text.join('\n'));
  }
  writeFileSync(join(dir, 'index.json'), `${JSON.stringify({ bundle: stamp, modules: index }, null, 1)}\n`);
  return { dir, count: sources.size, modules };
}

// A FrozenUnit as a JS object literal: the CodeUnit's fields, and its JS source as a function.
function unitLiteral(u) {
  const fields = [];
  for (const [k, v] of Object.entries(u)) {
    if (k === 'js') continue;
    fields.push(`${k}: ${k === 'consts' ? `[${v.map(constantLiteral).join(', ')}]` : JSON.stringify(v)}`);
  }
  fields.push(`factory: function ($, K, N, C, CODE) {\n${u.js}\n}`);
  return `{ ${fields.join(', ')} }`;
}

// A ConstantValue (src/python/compiler/node.ts) as a JS expression.
function constantLiteral(c) {
  switch (c.tag) {
    case 'None':
    case 'Ellipsis':
      return `{ tag: '${c.tag}' }`;
    case 'bool':
      return `{ tag: 'bool', value: ${c.value} }`;
    case 'int':
      return `{ tag: 'int', value: ${c.value}n }`;
    case 'float':
      return `{ tag: 'float', value: ${numberLiteral(c.value)} }`;
    case 'complex':
      return `{ tag: 'complex', imag: ${numberLiteral(c.imag)} }`;
    case 'str':
      return `{ tag: 'str', value: ${JSON.stringify(c.value)} }`;
    case 'bytes':
      return `{ tag: 'bytes', value: new Uint8Array([${[...c.value].join(', ')}]) }`;
    case 'tuple':
    case 'frozenset':
      return `{ tag: '${c.tag}', items: [${c.items.map(constantLiteral).join(', ')}] }`;
    default:
      throw new Error(`freeze: unknown constant tag ${c.tag}`);
  }
}

function numberLiteral(x) {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Number.POSITIVE_INFINITY) return 'Infinity';
  if (x === Number.NEGATIVE_INFINITY) return '-Infinity';
  if (Object.is(x, -0)) return '-0';
  return String(x);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { dir, count } = await freeze();
  process.stdout.write(`freeze: ${count} sources into ${dir.slice(root.length + 1)}\n`);
}
