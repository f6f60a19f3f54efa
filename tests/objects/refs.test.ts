import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NULL } from '../../src/heap/index.js';
import {
  cell_get,
  cell_new,
  cell_set,
  func_get,
  func_set,
  function_new,
  method_new,
  weakref_callback,
  weakref_count,
  weakref_get,
  weakref_new,
} from '../../src/objects/index.js';
import { audit, checkedSpace } from './support.js';

test('cells, bound methods, functions and weakrefs have CPython 3.11 sizes and are tracked', () => {
  const s = checkedSpace();
  const c = cell_new(s, s.none);
  const f = function_new(s, s.none, s.none, s.none, s.none);
  const m = method_new(s, f, c);
  const w = weakref_new(s, f, NULL);
  assert.deepEqual(
    [c, m, f, w].map((o) => s.getsizeof(o)),
    [40, 64, 152, 80],
  );
  for (const o of [c, m, f, w]) assert.equal(s.gc.is_tracked(o), true);
  for (const o of [w, m, f, c]) s.rt.decref(o);
  audit(s);
});

test('a cell holds one reference; emptying it releases the content', () => {
  const s = checkedSpace();
  const inner = cell_new(s, NULL);
  const outer = cell_new(s, inner);
  assert.equal(s.rt.refcnt(inner), 2);
  assert.equal(cell_get(s, outer), inner);
  s.rt.decref(inner);
  cell_set(s, outer, NULL);
  assert.equal(cell_get(s, outer), NULL);
  assert.deepEqual(s.gc.get_referents(outer), []);
  s.rt.decref(outer);
  audit(s);
});

test('a self-referencing cell is one collectable object (cell ↔ cell cycles too)', () => {
  const s = checkedSpace();
  const a = cell_new(s, NULL);
  cell_set(s, a, a);
  s.rt.decref(a);
  const b = cell_new(s, NULL);
  const c = cell_new(s, b);
  cell_set(s, b, c);
  s.rt.decref(b);
  s.rt.decref(c);
  assert.equal(s.gc.collect(), 3);
  audit(s);
});

test('a function in a cycle through its closure cell is collected; func_clear keeps its code', () => {
  const s = checkedSpace();
  const code = cell_new(s, NULL); // any object stands in for a code object here
  const f = function_new(s, code, s.none, s.none, s.none);
  const cell = cell_new(s, f);
  func_set(s, f, 'closure', cell);
  s.rt.decref(cell);
  s.rt.decref(f);
  assert.equal(s.gc.collect(), 2);
  s.rt.decref(code);
  audit(s);
});

test('function traverse visits fields in func_traverse order', () => {
  const s = checkedSpace();
  const [code, glob, name, defaults] = [0, 1, 2, 3].map(() => cell_new(s, NULL));
  const f = function_new(s, code, glob, name, name);
  func_set(s, f, 'defaults', defaults);
  assert.deepEqual(s.gc.get_referents(f), [code, glob, defaults, name, name]);
  assert.equal(func_get(s, f, 'defaults'), defaults);
  for (const o of [f, code, glob, name, defaults]) s.rt.decref(o);
  audit(s);
});

test('weakref.ref without callback is reused; with a callback it is new; both die with the referent', () => {
  const s = checkedSpace();
  const target = function_new(s, s.none, s.none, s.none, s.none);
  const cb = cell_new(s, NULL);
  const r1 = weakref_new(s, target, NULL);
  const r2 = weakref_new(s, target, s.none);
  assert.equal(r1, r2);
  const r3 = weakref_new(s, target, cb);
  assert.notEqual(r3, r1);
  assert.equal(weakref_count(s, target), 2);
  assert.equal(weakref_callback(s, r3), cb);
  const calls: number[] = [];
  s.rt.hooks.callWeakrefCallback = (callback, wr) => {
    calls.push(callback, wr, weakref_get(s, wr));
  };
  s.rt.decref(target);
  assert.deepEqual(calls, [cb, r3, s.none]);
  assert.equal(weakref_get(s, r1), s.none);
  assert.equal(weakref_callback(s, r3), NULL);
  for (const o of [r1, r2, r3, cb]) s.rt.decref(o);
  audit(s);
});

test('a weakref callback runs during collection for a weakref outside the garbage (P12)', () => {
  const s = checkedSpace();
  const cb = cell_new(s, NULL);
  const target = function_new(s, s.none, s.none, s.none, s.none);
  const loop = cell_new(s, target);
  func_set(s, target, 'closure', loop);
  s.rt.decref(loop);
  const wr = weakref_new(s, target, cb);
  let seen = -1;
  s.rt.hooks.callWeakrefCallback = (_callback, w) => {
    seen = weakref_get(s, w);
  };
  s.rt.decref(target);
  assert.equal(s.gc.collect(), 2);
  assert.equal(seen, s.none);
  for (const o of [wr, cb]) s.rt.decref(o);
  audit(s);
});

test('weakrefs to objects without a weakref list raise TypeError', () => {
  const s = checkedSpace();
  const c = cell_new(s, NULL);
  assert.throws(() => weakref_new(s, c, NULL), /cannot create weak reference to 'cell' object/);
  s.rt.decref(c);
  audit(s);
});
