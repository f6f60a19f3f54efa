// Differential tests of the parser against python3: ast.dump output for valid snippets and the
// stdlib, SyntaxError class/msg/line/offset for invalid snippets.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { FIELDS, HAS_LOC, OPTIONAL } from '../../../src/python/syntax/ast.js';
import { dump, PySyntaxError, parse } from '../../../src/python/syntax/index.js';
import { askPython, type OracleResult, splitCorpus } from './oracle.js';

const corpus = new URL('../../../../tests/python/syntax/corpus/', import.meta.url);

/** What pymm says of a snippet, in the oracle's shape. */
function pymm(src: string): OracleResult {
  try {
    return { ok: true, dump: dump(parse(src), { includeAttributes: true }) };
  } catch (e) {
    if (e instanceof PySyntaxError)
      return { ok: false, kind: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset };
    throw e;
  }
}

function show(r: OracleResult): string {
  return r.ok ? r.dump : `${r.kind}: ${r.msg} (line ${r.lineno}, offset ${r.offset})`;
}

test('every valid snippet of the corpus dumps exactly as python3 ast.dump', () => {
  const srcs = splitCorpus(readFileSync(new URL('valid.txt', corpus), 'utf8'));
  assert.ok(srcs.length >= 300, 'the brief asks for at least 300 valid snippets');
  const want = askPython(srcs);
  const bad: string[] = [];
  srcs.forEach((src, k) => {
    assert.ok(want[k]!.ok, `corpus snippet is not valid Python: ${JSON.stringify(src)}`);
    const got = pymm(src);
    if (show(got) !== show(want[k]!))
      bad.push(`${JSON.stringify(src)}\n  got : ${show(got)}\n  want: ${show(want[k]!)}`);
  });
  assert.deepEqual(bad, [], `${bad.length}/${srcs.length} differ:\n${bad.join('\n')}`);
});

test('every invalid snippet raises the exception class, message, line and offset python3 raises', () => {
  const srcs = splitCorpus(readFileSync(new URL('invalid.txt', corpus), 'utf8'));
  assert.ok(srcs.length >= 80, 'the brief asks for at least 80 invalid snippets');
  const want = askPython(srcs);
  const bad: string[] = [];
  srcs.forEach((src, k) => {
    assert.ok(!want[k]!.ok, `corpus snippet is valid Python: ${JSON.stringify(src)}`);
    const got = pymm(src);
    if (show(got) !== show(want[k]!))
      bad.push(`${JSON.stringify(src)}\n  got : ${show(got)}\n  want: ${show(want[k]!)}`);
  });
  assert.deepEqual(bad, [], `${bad.length}/${srcs.length} differ:\n${bad.join('\n')}`);
});

test('at least 95% of the top-level stdlib .py files dump exactly as python3 parses them', (t) => {
  const r = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
    encoding: 'utf8',
  });
  const dir = r.stdout.trim();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .sort();
  const srcs = files.map((f) => readFileSync(join(dir, f), 'utf8'));
  const want = askPython(srcs);
  let same = 0;
  const differ: string[] = [];
  let t0 = 0;
  let slowest = '';
  srcs.forEach((src, k) => {
    const start = performance.now();
    const got = pymm(src);
    const ms = performance.now() - start;
    if (ms > t0) {
      t0 = ms;
      slowest = files[k]!;
    }
    if (show(got) === show(want[k]!)) same++;
    else differ.push(`${files[k]}: ${got.ok ? 'dump differs' : show(got)}`);
  });
  t.diagnostic(`stdlib: ${same}/${files.length} files identical; slowest ${slowest} ${t0.toFixed(1)} ms`);
  for (const d of differ) t.diagnostic(`differs: ${d}`);
  assert.ok(same / files.length >= 0.95, `only ${same}/${files.length} identical`);
});

test('source too deeply nested for the JS stack raises PySyntaxError, never a RangeError', () => {
  assert.throws(
    () => parse(`${'-'.repeat(100000)}1`),
    (e: unknown) =>
      e instanceof PySyntaxError && e.msg === 'Parser stack overflowed - Python source too complex to parse',
  );
});

test("a NUL character is refused with python3's message", () => {
  const want = askPython(['x = 1\0'])[0]!;
  assert.ok(!want.ok);
  assert.throws(
    () => parse('x = 1\0'),
    (e: unknown) => e instanceof PySyntaxError && e.msg === want.msg && e.kind === want.kind,
  );
});

test("mode 'eval' gives an Expression, dumped as python3's ast.parse(mode='eval')", () => {
  const r = spawnSync(
    'python3',
    [
      '-c',
      "import ast; print(ast.dump(ast.parse('a if b else [c, *d]', mode='eval'), include_attributes=True))",
    ],
    { encoding: 'utf8' },
  );
  assert.equal(
    dump(parse('a if b else [c, *d]', '<e>', 'eval'), { includeAttributes: true }),
    r.stdout.trim(),
  );
});

test("the node tables (fields in order, optional fields, position attributes) match python3's ast module", () => {
  const script = `
import ast, json
out = {}
for name in dir(ast):
    c = getattr(ast, name)
    if isinstance(c, type) and issubclass(c, ast.AST) and c.__module__ == 'ast' and c._fields is not None:
        doc = (c.__doc__ or '').split('\\n')[0]
        if 'Deprecated' in doc or '(' not in doc and '=' in doc:
            continue
        opt = [f for f in c._fields if getattr(c, f, 0) is None]
        out[name] = {'fields': list(c._fields), 'optional': opt, 'loc': bool(c._attributes)}
print(json.dumps(out))
`;
  const r = spawnSync('python3', ['-c', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const want = JSON.parse(r.stdout) as Record<string, { fields: string[]; optional: string[]; loc: boolean }>;
  let checked = 0;
  for (const [name, w] of Object.entries(want)) {
    if (
      ['AST', 'mod', 'stmt', 'expr', 'expr_context', 'boolop', 'operator', 'unaryop', 'cmpop'].includes(name)
    )
      continue;
    if (['excepthandler', 'pattern', 'type_ignore', 'slice'].includes(name)) continue;
    assert.deepEqual(FIELDS[name], w.fields, `fields of ${name}`);
    assert.deepEqual([...(OPTIONAL[name] ?? [])], w.optional, `optional fields of ${name}`);
    assert.equal(HAS_LOC.has(name), w.loc, `position attributes of ${name}`);
    checked++;
  }
  assert.ok(checked >= 90, `only ${checked} classes compared`);
});
