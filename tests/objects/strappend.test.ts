import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NULL, type Ptr } from '../../src/heap/index.js';
import { str_appendInPlace, str_concat, str_fromJs, str_hash, str_toJs } from '../../src/objects/index.js';
import { audit, checkedSpace } from './support.js';

// A heap str of `text` made by concatenation (not a literal's singleton or cached object).
function made(s: ReturnType<typeof checkedSpace>, text: string): Ptr {
  const a = str_fromJs(s, text.slice(0, 1));
  const b = str_fromJs(s, text.slice(1));
  try {
    return str_concat(s, a, b);
  } finally {
    s.rt.decref(a);
    s.rt.decref(b);
  }
}

test('str_appendInPlace grows a str nothing else holds, keeping one reference', () => {
  const s = checkedSpace();
  let acc = made(s, 'abcd');
  const piece = str_fromJs(s, 'xyz');
  for (let i = 0; i < 2000; i++) {
    const r = str_appendInPlace(s, acc, piece);
    assert.notEqual(r, NULL);
    acc = r;
  }
  assert.equal(s.rt.refcnt(acc), 1);
  assert.equal(str_toJs(s, acc), `abcd${'xyz'.repeat(2000)}`);
  s.rt.decref(acc);
  s.rt.decref(piece);
  audit(s);
});

test('str_appendInPlace refuses what PyUnicode_Append would copy', () => {
  const s = checkedSpace();
  const ascii = made(s, 'hello');
  const wide = str_fromJs(s, 'é€');
  // ascii += non-ascii, a wider kind: a new string is needed.
  assert.equal(str_appendInPlace(s, ascii, wide), NULL);
  // A second reference.
  s.rt.incref(ascii);
  assert.equal(str_appendInPlace(s, ascii, ascii), NULL);
  s.rt.decref(ascii);
  // A cached hash.
  str_hash(s, ascii);
  assert.equal(str_appendInPlace(s, ascii, str_fromJs(s, '')), NULL);
  assert.equal(str_toJs(s, ascii), 'hello');
  // A UCS-2 string takes latin-1 and UCS-2 text in place.
  let u = made(s, '€uro');
  u = str_appendInPlace(s, u, wide);
  assert.notEqual(u, NULL);
  assert.equal(str_toJs(s, u), '€uroé€');
  for (const p of [ascii, wide, u]) s.rt.decref(p);
  audit(s);
});
