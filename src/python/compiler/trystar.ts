// `except*` clauses (PEP 654), as CPython 3.11's compiler_try_star_except lays them out.
//
// Inside the `catch` of the try body (the caught exception `x` is being handled), the VM
// keeps a record of the clause matching: the exception still unmatched ("rest") and what
// the handlers raised. Each clause splits its type out of the rest ($.starMatch, which
// makes the match the exception being handled while its body runs); an exception leaving a
// body is collected ($.starRaised) instead of propagating. After the last clause,
// $.starFinish combines what was raised, re-raised or left unhandled
// (_PyExc_PrepReraiseStar) into the exception to raise, if any.

import { CompileError, type FunctionCompiler } from './compiler.js';
import type { Node } from './node.js';
import { handlerBody } from './statements.js';

/** Emits the except* clauses of `s` for the caught exception in JS constant `exc`. */
export function starHandlers(fc: FunctionCompiler, s: Node, exc: string): void {
  const e = fc.e;
  const st = e.label('star');
  e.line(`const ${st} = $.starBegin(${exc});`);
  e.open('try {');
  for (const h of s.handlers as Node[]) {
    fc.setLine(h);
    if (!h.type) throw new CompileError('expected one or more exception types', h);
    const t = fc.expr(h.type);
    const m = e.label('m');
    fc.pos(h.type);
    e.line(`const ${m} = $.starMatch(${st}, ${t});`);
    e.release(t);
    e.open(`if (${m} !== 0) {`);
    e.open('try {');
    fc.exceptStar.push(fc.loops.length);
    handlerBody(fc, h, m);
    fc.exceptStar.pop();
    e.middle('} catch ($s) {');
    e.line(`$.starRaised(${st}, $.catch($s, CODE, $d));`);
    e.middle('} finally {');
    e.line(`$.endHandler(${m});`);
    e.close();
    e.close();
  }
  e.line(`const r = $.starFinish(${st}, $d);`);
  e.line('if (r !== null) throw r;');
  e.middle('} finally {');
  e.line(`$.starRelease(${st});`);
  e.close();
}

/** The SyntaxError of `break`/`continue` leaving, or `return` inside, an except* block. */
export function checkExceptStarExit(fc: FunctionCompiler, s: Node): void {
  const inside = fc.exceptStar.at(-1);
  if (inside === undefined) return;
  // (A return's value is compiled first: the error points at it.)
  if (s._type === 'Return' || fc.loops.length <= inside)
    throw new CompileError(
      "'break', 'continue' and 'return' cannot appear in an except* block",
      s._type === 'Return' && s.value ? s.value : s,
    );
}
