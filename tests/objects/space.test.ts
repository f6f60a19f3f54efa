import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTrue, ObjectSpace, richCompareBool } from '../../src/objects/index.js';

test('an object space has None, NotImplemented, Ellipsis, True and False with CPython sizes', () => {
  const s = new ObjectSpace({ capacity: 16 << 20 });
  assert.equal(s.getsizeof(s.none), 16);
  assert.equal(s.getsizeof(s.true), 28);
  assert.equal(s.getsizeof(s.false), 28);
  assert.equal(s.repr(s.none), 'None');
  assert.equal(s.repr(s.ellipsis), 'Ellipsis');
  assert.equal(isTrue(s, s.none), false);
  assert.equal(isTrue(s, s.true), true);
  assert.equal(s.typeName(s.typeType), 'type');
  assert.equal(s.repr(s.objectType), "<class 'object'>");
  assert.equal(richCompareBool(s, s.none, s.none, 2), true);
  assert.equal(richCompareBool(s, s.none, s.ellipsis, 2), false);
  assert.equal(s.hash(s.typeType), s.hash(s.typeType));
});
