// `async for` and `async with` (CPython 3.11 compile.c: compiler_async_for,
// compiler_async_with), and the `async for` level of a comprehension. Each `await` they
// imply is genframe.ts's emitAwait: a `yield from` over the awaitable's iterator.

import { foldIter } from './astopt.js';
import type { FunctionCompiler } from './compiler.js';
import { emitAwait } from './genframe.js';
import type { Node } from './node.js';
import { assignTo } from './targets.js';

/**
 * Emits GET_ANEXT and the await of its result, inside the loop labelled `label`: the next
 * item in a new temporary, or, when the iterator raises StopAsyncIteration, `onStop`
 * (END_ASYNC_FOR) runs and the loop is left.
 */
export function asyncNext(fc: FunctionCompiler, node: Node, ait: string, label: string, onStop = ''): string {
  const e = fc.e;
  const item = e.temp();
  fc.pos(node);
  e.open('try {');
  const aw = e.temp();
  e.line(`${aw} = $.getANext(${ait});`);
  const v = emitAwait(fc, node, aw);
  e.line(`${item} = ${e.take(v)};`);
  const cleanup = e.cleanupMarker();
  e.middle('} catch ($e) {');
  e.line('const x = $.catch($e, CODE, $d);');
  e.line(cleanup);
  e.line('try { if (!$.isStopAsyncIteration(x)) throw $.reraiseCaught(x); } finally { $.endHandler(x); }');
  e.line(`${onStop}break ${label};`);
  e.close();
  return item;
}

/** Emits an `async for` statement. */
export function asyncForLoop(fc: FunctionCompiler, s: Node): void {
  const e = fc.e;
  const src = fc.expr(foldIter(s.iter));
  fc.pos(s);
  const ait = e.temp();
  e.line(`${ait} = $.getAIter(${e.take(src)});`);
  const label = e.label('loop');
  const broke = e.label('broke');
  const hasElse = s.orelse.length > 0;
  if (hasElse) e.line(`let ${broke} = true;`);
  e.open(`${label}: for (;;) {`);
  e.line('$.safePoint();');
  const item = asyncNext(fc, s, ait, label, hasElse ? `${broke} = false; ` : '');
  assignTo(fc, s.target, item);
  fc.loops.push({ label, iterator: ait });
  fc.block(s.body);
  fc.loops.pop();
  e.close();
  e.release(ait);
  if (hasElse) {
    e.open(`if (!${broke}) {`);
    fc.block(s.orelse);
    e.close();
  }
}

/** Emits the `async with` statement's items from the i-th, then its body. */
export function asyncWithStmt(fc: FunctionCompiler, s: Node, i: number): void {
  const e = fc.e;
  const item = s.items[i] as Node;
  const mgr = fc.expr(item.context_expr);
  const exit = e.temp();
  const entered = e.temp();
  // BEFORE_ASYNC_WITH: look up __aexit__ (bound), call __aenter__, await its result.
  fc.pos(s);
  e.line(`{ const m = ${mgr}; ${mgr} = 0; ${exit} = $.asyncWithEnter(m); } ${entered} = $.withValue();`);
  e.done(mgr);
  const value = emitAwait(fc, s, entered, 1);
  const raised = e.label('raised');
  e.line(`let ${raised} = false;`);
  e.open('try {');
  if (item.optional_vars) assignTo(fc, item.optional_vars, value);
  else e.release(value);
  const cleanup = e.cleanupMarker();
  e.open('try {');
  if (i + 1 < s.items.length) asyncWithStmt(fc, s, i + 1);
  else fc.block(s.body);
  e.middle('} catch ($e) {');
  e.line(`${raised} = true;`);
  e.line('const x = $.catch($e, CODE, $d);');
  e.line(cleanup);
  e.open('try {');
  const r = e.temp();
  e.line(`${r} = $.asyncWithExit(${exit}, x);`);
  const ok = emitAwait(fc, s, r, 2);
  e.line(`if (!$.truthyRelease(${e.take(ok)})) throw $.reraiseCaught(x);`);
  e.middle('} catch ($h) {');
  e.line('throw $.chainPending($h);');
  e.middle('} finally {');
  e.line('$.endHandler(x);');
  e.close();
  e.close();
  e.middle('} finally {');
  e.open(`if (${raised}) {`);
  e.line(`$.decref(${exit}); ${exit} = 0;`);
  e.middle('} else {');
  if (s.lineno !== undefined) e.line(`$.L[$d] = ${e.position(s)};`);
  const n = e.temp();
  e.line(`${n} = $.asyncWithExitNormal(${exit}); ${exit} = 0;`);
  e.release(emitAwait(fc, s, n, 2));
  e.close();
  e.close();
  e.done(exit);
}
