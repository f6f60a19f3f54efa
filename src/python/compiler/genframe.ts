// Generator code units: their frame array, their prologue, and `yield` / `yield from`.
//
// A plain function keeps its locals and temporaries in JS variables, which is fast and
// fine while it runs: its caller holds it. A generator outlives the call that made it, so
// everything its frame owns across a `yield` lives in a JS array `F` owned by the generator
// object (vm/generators.ts), laid out like CPython 3.11's `localsplus` followed by the
// value stack:
//
//   F[0 … nvarnames)          co_varnames: parameters, then other fast locals (a parameter
//                             that is also a cell holds its cell)
//   F[… nlocalsplus)          the other cellvars (cells), then the freevars (the closure's
//                             cells, one reference each: COPY_FREE_VARS)
//   F[nlocalsplus … framesize) the temporaries (for-loop iterators, `with` exits, pending
//                             operands of a partly evaluated expression, …)
//
// Every slot holds an owned reference or 0, so the generator's traverse visits exactly what
// the frame owns, and the VM releases the frame once (when the generator returns or raises,
// is closed, or is freed). Temporaries never live across a `yield` stay JS variables
// (emitter.ts): they are 0 whenever the generator is suspended, and the body's `finally`
// releases what an exception left in them. The VM also enters and leaves the shadow frame
// around each resumption; the generated code only reads `$.depth` back after each `yield`.
//
// Resuming protocol: the VM resumes the JS generator with a borrowed reference (the value
// sent; the code takes its own reference if it keeps it), or with 0 to mean "raise
// `$.genThrown()` here" (throw(), close(), or an error of the iterator a `yield from`
// delegates to). A `yield from` is resumed only when its iterator is done, its result
// waiting in `$.yieldFromResult()`.

import type { CodeUnit } from './codeunit.js';
import { CompileError, type FunctionCompiler } from './compiler.js';
import type { Node } from './node.js';

/** co_localsplusnames: the names of F's first slots, in CPython 3.11's order. */
export function localsplusNames(unit: Pick<CodeUnit, 'varnames' | 'cellvars' | 'freevars'>): string[] {
  const cells = unit.cellvars.filter((n) => !unit.varnames.includes(n));
  return [...unit.varnames, ...cells, ...unit.freevars];
}

/** Slot numbers of a generator unit's locals, cells and free variables. */
export function frameSlots(unit: CodeUnit): Map<string, number> {
  const slots = new Map<string, number>();
  localsplusNames(unit).forEach((n, i) => {
    if (!slots.has(n)) slots.set(n, i);
  });
  return slots;
}

/** The JS function of a generator unit: `function* (fn, F)`, F made by the VM (newGenerator). */
export function wrapGenerator(fc: FunctionCompiler, unit: CodeUnit, name: string, body: string): string {
  const lines: string[] = fc.e.cacheDeclarations();
  lines.push(`return function* py_${name}(fn, F) {`);
  lines.push('  const g = $.funcGlobals(fn);');
  lines.push('  let $d = $.depth;');
  const temps = fc.e.tempDeclarations();
  if (temps) lines.push(`  ${temps}`);
  lines.push('  try {');
  lines.push(body);
  lines.push('  } catch ($e) {');
  lines.push('    throw $.unwind($e, CODE, $d);');
  const cleanup = fc.e.tempCleanup();
  if (cleanup) {
    lines.push('  } finally {');
    lines.push(`    ${cleanup}`);
  }
  lines.push('  }');
  lines.push('};');
  unit.nlocalsplus = localsplusNames(unit).length;
  unit.framesize = unit.nlocalsplus + fc.e.frameTempCount;
  return lines.join('\n');
}

/**
 * Emits YIELD_VALUE: suspends with the owned value in `value` (a temporary, or null for
 * None). Returns the temporary that receives the value sent in, or null when `discard`
 * (a `yield` statement, a generator expression: POP_TOP).
 */
export function emitYield(
  fc: FunctionCompiler,
  node: Node,
  value: string | null,
  discard = false,
): string | null {
  const e = fc.e;
  let v = value === null ? '$.newNone()' : e.take(value);
  // An async generator's yield is marked for its asend()/athrow() awaitables (asyncgens.ts).
  if (fc.scope.isAsync) v = `$.agWrap(${v})`;
  e.suspension();
  const at = `$.L[$d] = ${e.position(node)};`;
  if (discard) {
    e.line(`${at} { const s = yield ${v}; $d = $.depth; if (s === 0) throw $.genThrown(); }`);
    return null;
  }
  const t = e.temp();
  e.line(`${at} ${t} = yield ${v}; $d = $.depth; if (${t} === 0) throw $.genThrown(); $.incref(${t});`);
  return t;
}

/**
 * Emits `yield from` over the owned value in `value`: GET_YIELD_FROM_ITER, then the first
 * SEND here; while the sub-iterator yields, the VM sends to it directly and resumes this
 * code only when it is done (its result in `$.yieldFromResult()`) or failed (raised here).
 * The sub-iterator stays in a frame slot meanwhile, where gi_yieldfrom and the collector
 * see it.
 */
export function emitYieldFrom(
  fc: FunctionCompiler,
  node: Node,
  value: string,
  getIter = (v: string) => `$.yieldFromIter(${v})`,
): string {
  const e = fc.e;
  fc.pos(node);
  const it = e.temp();
  e.line(`${it} = ${getIter(e.take(value))};`);
  const t = e.temp();
  e.line(`${t} = $.yieldFromFirst(${it});`);
  e.suspension();
  e.open(`if (${t} !== 0) {`);
  e.line(`const s = yield (${t} + (${t} = 0)); $d = $.depth; if (s === 0) throw $.genThrown();`);
  e.close();
  e.line(`${t} = $.yieldFromResult();`);
  e.release(it);
  return t;
}

/**
 * Emits `await` of the owned value in `value`: GET_AWAITABLE (`where`: 0 for `await`, 1 for
 * __aenter__'s result, 2 for __aexit__'s), then `yield from` over the awaitable's iterator.
 */
export function emitAwait(fc: FunctionCompiler, node: Node, value: string, where = 0): string {
  if (!fc.scope.isAsync)
    throw new CompileError(fc.fast ? "'await' outside async function" : "'await' outside function", node);
  return emitYieldFrom(fc, node, value, (v) => `$.getAwaitable(${v}, ${where})`);
}
