// Tokenizer tests: the token stream (types, text, positions) against python3's tokenize module for
// indentation stacks, tabs, form feeds, continuation lines and brackets; CRLF and BOM handling.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { dump, parse } from '../../../src/python/syntax/index.js';
import { normaliseSource, tokenize } from '../../../src/python/syntax/tokenizer.js';
import { Tok } from '../../../src/python/syntax/tokens.js';
import { askPython } from './oracle.js';

const NAMES: Record<number, string> = {
  [Tok.ENDMARKER]: 'ENDMARKER',
  [Tok.NAME]: 'NAME',
  [Tok.NUMBER]: 'NUMBER',
  [Tok.STRING]: 'STRING',
  [Tok.NEWLINE]: 'NEWLINE',
  [Tok.INDENT]: 'INDENT',
  [Tok.DEDENT]: 'DEDENT',
  [Tok.OP]: 'OP',
  [Tok.ERROR]: 'ERROR',
};

const SCRIPT = `
import io, json, sys, tokenize
out = []
for src in json.load(sys.stdin):
    toks = []
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        name = tokenize.tok_name[t.type]
        if name in ('NL', 'COMMENT', 'ENDMARKER'):
            continue
        text = t.string if name in ('NAME', 'NUMBER', 'STRING', 'OP') else ''
        col = t.start[1] if name in ('NAME', 'NUMBER', 'STRING', 'OP') else -1
        line = t.start[0] if name != 'DEDENT' else 0
        toks.append(f'{name} {json.dumps(text, ensure_ascii=False)} {line}:{col}')
    out.append(toks)
json.dump(out, sys.stdout)
`;

/** Token streams python3's tokenize module gives (NL, COMMENT and ENDMARKER left out). */
function pythonTokens(sources: string[]): string[][] {
  const r = spawnSync('python3', ['-c', SCRIPT], { input: JSON.stringify(sources), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

/** pymm's token stream in the same shape. */
function pymmTokens(src: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(normaliseSource(src), '<test>').tokens) {
    const name = NAMES[t.type]!;
    if (name === 'ENDMARKER') continue;
    const visible = name === 'NAME' || name === 'NUMBER' || name === 'STRING' || name === 'OP';
    const text = JSON.stringify(visible ? t.s : '');
    // DEDENT lines differ by design: tokenize.py puts the final ones after the last line, the C tokenizer on it.
    out.push(`${name} ${text} ${name === 'DEDENT' ? 0 : t.lineno}:${visible ? t.cs : -1}`);
  }
  return out;
}

const CASES = [
  'x = 1\n',
  'if a:\n    b\n    if c:\n        d\n    e\nf\n',
  'if a:\n    if b:\n        if c:\n            d\ne\n',
  'def f():\n    pass\n\n\n\ng = 1\n',
  'if a:\n\tb\n\tif c:\n\t\td\n',
  'if a:\n  b\n\n  # comment\n  c\n',
  'if a:\n  b\n# dedented comment\n  c\n',
  'x = (1,\n     2,\n  3)\n',
  'x = [\n    1\n]\ny = 2\n',
  'x = 1 + \\\n    2\n',
  'if a and \\\n        b:\n    c\n',
  '\fx = 1\n',
  'if a:\n    b\n\f\nc\n',
  'x = 1',
  'if a:\n    b',
  'x = {1: 2,\n\n     3: 4}\n',
  "s = '''a\nb'''\nt = 1\n",
  'a;b;c\n',
  'x = 1 # comment\n',
  '   \n\t\nx\n',
  'lambda: (yield)\n',
  'x = 0xff + 1_000 + 1.5e-3j + .5 + 5.\n',
  "s = rb'x' + f'{y}' + U'z'\n",
  'a.b(c)[d] **= e // f -> g := h\n',
  'x = ...\n',
];

test('tokens (type, text, line, column) match python3 tokenize for indentation, tabs, continuations', () => {
  const want = pythonTokens(CASES);
  CASES.forEach((src, k) => {
    assert.deepEqual(pymmTokens(src), want[k], `source ${JSON.stringify(src)}`);
  });
});

test('CRLF and lone CR line endings parse like LF, as python3 reads them from a file', () => {
  const srcs = ['if a:\r\n    b = 1\r\nc = (1,\r\n 2)\r\n', 'x = 1\ry = 2\r', "s = '''a\r\nb'''\r\n"];
  const want = askPython(srcs.map((s) => s.replace(/\r\n?/g, '\n')));
  srcs.forEach((src, k) => {
    const w = want[k]!;
    assert.ok(w.ok);
    assert.equal(dump(parse(src), { includeAttributes: true }), w.dump);
  });
});

test('a UTF-8 byte order mark at the start is dropped, as python3 does when reading a file', () => {
  const r = spawnSync(
    'python3',
    ['-c', 'import ast,sys; print(ast.dump(ast.parse(sys.stdin.buffer.read()), include_attributes=True))'],
    { input: Buffer.from('\ufeffx = "é"\n', 'utf8'), encoding: 'utf8' },
  );
  assert.equal(r.status, 0, r.stderr);
  assert.equal(dump(parse('\ufeffx = "é"\n'), { includeAttributes: true }), r.stdout.trim());
});

test('the indent stack pops one DEDENT per closed level and all of them at end of input', () => {
  const toks = tokenize('if a:\n  if b:\n    c\nd\nif e:\n  f', '<t>').tokens.map((t) => NAMES[t.type]);
  const dedents = toks.filter((t) => t === 'DEDENT').length;
  const indents = toks.filter((t) => t === 'INDENT').length;
  assert.equal(indents, 3);
  assert.equal(dedents, 3, 'every INDENT is matched by a DEDENT, the last at end of input');
  assert.equal(toks[toks.length - 1], 'ENDMARKER');
});
