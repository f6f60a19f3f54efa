import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NULL } from '../../src/heap/index.js';
import {
  str_fromCodePoints,
  str_fromUtf8Surrogatepass,
  str_len,
  str_toJs,
  str_utf8Surrogatepass,
} from '../../src/objects/index.js';
import { audit, checkedSpace } from './support.js';

// UTF-8 with surrogatepass, written out: lone surrogates take three bytes like any BMP code point.
function reference(cps: number[]): number[] {
  const out: number[] = [];
  for (const c of cps) {
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

test('str_utf8Surrogatepass and str_fromUtf8Surrogatepass round-trip every kind, surrogates included', () => {
  const s = checkedSpace();
  let seed = 12345;
  const rng = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pools = [0x80, 0x100, 0x10000, 0x110000];
  for (let round = 0; round < 300; round++) {
    const top = pools[round % 4];
    const cps = Array.from({ length: rng(30) }, () => (rng(4) === 0 ? 0xd800 + rng(0x800) : rng(top)));
    const op = str_fromCodePoints(s, cps);
    const bytes = str_utf8Surrogatepass(s, op);
    assert.deepEqual([...bytes], reference(cps));
    const back = str_fromUtf8Surrogatepass(s, bytes, 0, bytes.length);
    assert.notEqual(back, NULL);
    assert.equal(str_len(s, back), cps.length);
    assert.equal(str_toJs(s, back), str_toJs(s, op));
    s.rt.decref(back);
    s.rt.decref(op);
  }
  audit(s);
});

test('str_fromUtf8Surrogatepass refuses what is not UTF-8', () => {
  const s = checkedSpace();
  for (const bad of [
    [0xff],
    [0xc0, 0x80],
    [0xe0, 0x80, 0x80],
    [0xf4, 0x90, 0x80, 0x80],
    [0xe2, 0x82],
    [0x61, 0x80],
  ]) {
    assert.equal(str_fromUtf8Surrogatepass(s, Uint8Array.from(bad), 0, bad.length), NULL);
  }
  const text = Uint8Array.from([0x78, 0x61, 0x62, 0x79]);
  const mid = str_fromUtf8Surrogatepass(s, text, 1, 3);
  assert.equal(str_toJs(s, mid), 'ab');
  s.rt.decref(mid);
  audit(s);
});
