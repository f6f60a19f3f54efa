// Seeded fuzzing: random token soup and random mutations of valid snippets must either parse or
// raise PySyntaxError — never a TypeError or any other JS exception. The accept/reject verdict is
// also compared with python3's, and the agreement rate reported.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { PySyntaxError, parse } from '../../../src/python/syntax/index.js';
import { testSeed, withSeed, xorshift } from '../../support/rng.js';
import { askPython, splitCorpus } from './oracle.js';

const SOUP = [
  'x',
  'y',
  'f',
  '1',
  '2.5',
  '0x1',
  '3j',
  "'s'",
  'f"{x}"',
  "b'b'",
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  ';',
  '.',
  '...',
  '=',
  '==',
  ':=',
  '+',
  '-',
  '*',
  '**',
  '/',
  '//',
  '%',
  '@',
  '<',
  '>',
  '!=',
  '->',
  '~',
  '|',
  '&',
  '^',
  '+=',
  'if',
  'else',
  'elif',
  'for',
  'in',
  'while',
  'def',
  'class',
  'return',
  'yield',
  'lambda',
  'not',
  'and',
  'or',
  'is',
  'await',
  'async',
  'with',
  'as',
  'try',
  'except',
  'finally',
  'import',
  'from',
  'del',
  'pass',
  'global',
  'None',
  'True',
  '\n',
  '\n    ',
  '\n\t',
  '\\\n',
  '#c\n',
  ' ',
  '"',
  "'",
  '"""',
  'f"{',
  '}"',
  '\r\n',
  '\f',
  'é',
  '$',
  '!',
  '?',
];

/** Random token soup of up to 40 pieces. */
function soup(rand: (n: number) => number): string {
  let s = '';
  const n = 1 + rand(40);
  for (let k = 0; k < n; k++) s += `${SOUP[rand(SOUP.length)]}${rand(3) === 0 ? '' : ' '}`;
  return s;
}

/** A valid snippet with a few characters deleted, duplicated or swapped. */
function mutate(src: string, rand: (n: number) => number): string {
  // Work on code points so that no surrogate pair is split (python3 could not encode the source).
  const s = Array.from(src);
  const n = 1 + rand(3);
  for (let k = 0; k < n && s.length > 0; k++) {
    const at = rand(s.length);
    const op = rand(3);
    if (op === 0) s.splice(at, 1);
    else if (op === 1) s.splice(at, 0, s[at]!);
    else s.splice(at, 0, SOUP[rand(SOUP.length)]!);
  }
  return s.join('');
}

test('random token soup and mutated snippets raise nothing but PySyntaxError', (t) => {
  const seed = testSeed();
  t.diagnostic(`seed ${seed} (rerun with SEED=${seed})`);
  const rand = xorshift(seed);
  const valid = splitCorpus(
    readFileSync(new URL('../../../../tests/python/syntax/corpus/valid.txt', import.meta.url), 'utf8'),
  );
  const inputs: string[] = [];
  for (let k = 0; k < 1500; k++)
    inputs.push(k % 2 === 0 ? soup(rand) : mutate(valid[rand(valid.length)]!, rand));
  const verdicts: (PySyntaxError | null)[] = [];
  withSeed(seed, () => {
    for (const src of inputs) {
      try {
        parse(src);
        verdicts.push(null);
      } catch (e) {
        if (!(e instanceof PySyntaxError)) {
          assert.fail(`non-PySyntaxError ${String(e)} for ${JSON.stringify(src)}\n${(e as Error).stack}`);
        }
        verdicts.push(e);
      }
    }
  });
  const want = askPython(inputs);
  let agree = 0;
  let rejected = 0;
  let sameError = 0;
  const disagree: string[] = [];
  want.forEach((w, k) => {
    const got = verdicts[k]!;
    if (w.ok === (got === null)) agree++;
    else disagree.push(`${JSON.stringify(inputs[k])}: python3 ${w.ok ? 'accepts' : 'rejects'}`);
    if (!w.ok && got !== null) {
      rejected++;
      if (w.kind === got.kind && w.msg === got.msg && w.lineno === got.lineno && w.offset === got.offset)
        sameError++;
      else if (process.env.SHOW_ERRORS) {
        t.diagnostic(
          `${JSON.stringify(inputs[k])}: ${got.kind} ${got.msg} ${got.lineno}:${got.offset} vs ${w.kind} ${w.msg} ${w.lineno}:${w.offset}`,
        );
      }
    }
  });
  t.diagnostic(`accept/reject agrees with python3 on ${agree}/${inputs.length} inputs`);
  t.diagnostic(`same exception class, msg, line and offset on ${sameError}/${rejected} rejected inputs`);
  for (const d of disagree.slice(0, 10)) t.diagnostic(`disagree: ${d}`);
  assert.ok(
    agree / inputs.length >= 0.97,
    `${disagree.length} disagreements, e.g.\n${disagree.slice(0, 20).join('\n')}`,
  );
});
