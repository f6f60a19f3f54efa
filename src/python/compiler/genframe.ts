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
// the frame owns, and the VM releases the frame once (when the generator returns, raises,
// is closed or is freed). The VM also enters and leaves the shadow frame around each
// resumption; the generated code only reads `$.depth` back after each `yield`.
//
// Resuming protocol: the VM resumes the JS generator with an owned reference (the value
// sent), or with 0 to mean "raise `$.genThrown()` here" (throw(), close(), or an error of
// the iterator a `yield from` delegates to).

import type { CodeUnit } from './codeunit.js';
import type { FunctionCompiler } from './compiler.js';
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
  lines.push('  try {');
  lines.push(body);
  lines.push('  } catch ($e) {');
  lines.push('    throw $.unwind($e, CODE, $d);');
  lines.push('  }');
  lines.push('};');
  unit.nlocalsplus = localsplusNames(unit).length;
  unit.framesize = unit.nlocalsplus + fc.e.tempCount;
  return lines.join('\n');
}

/**
 * Emits YIELD_VALUE: suspends with the owned value in `value` (a temporary, or null for
 * None) and returns the temporary that receives the value sent in.
 */
export function emitYield(fc: FunctionCompiler, node: Node, value: string | null): string {
  const e = fc.e;
  const v = value === null ? '$.newNone()' : e.take(value);
  const t = e.temp();
  e.line(`$.L[$d] = ${e.position(node)}; ${t} = yield ${v}; ${resumed(t)}`);
  return t;
}

/**
 * Emits `yield from` over the owned value in `value`: GET_YIELD_FROM_ITER, then the first
 * SEND here; while the sub-iterator yields, the VM sends to it directly and resumes this
 * code only with its result (or an error to raise). The sub-iterator stays in a frame slot
 * meanwhile, where gi_yieldfrom and the collector see it.
 */
export function emitYieldFrom(fc: FunctionCompiler, node: Node, value: string): string {
  const e = fc.e;
  fc.pos(node);
  const it = e.temp();
  e.line(`${it} = $.yieldFromIter(${e.take(value)});`);
  const t = e.temp();
  e.line(`${t} = $.yieldFromFirst(${it});`);
  e.line(
    `if (${t} !== 0) { ${t} = yield (${t} + (${t} = 0)); ${resumed(t)} } else ${t} = $.yieldFromResult();`,
  );
  e.release(it);
  return t;
}

// After a resumption: this frame's depth, and the thrown exception if the VM sent 0.
function resumed(t: string): string {
  return `$d = $.depth; if (${t} === 0) throw $.genThrown();`;
}
