// Loading, storing and deleting a name, by its binding in the current scope.

import type { FunctionCompiler } from './compiler.js';
import type { Node } from './node.js';

/** Emits a load of `name` into a new temporary (an owned reference). */
export function loadName(fc: FunctionCompiler, name: string, node?: Node): string {
  const e = fc.e;
  const t = e.temp();
  const b = fc.scope.lookup(name);
  const q = JSON.stringify(name);
  if (node !== undefined && b !== 'local') fc.pos(node);
  if (fc.fast) {
    switch (b) {
      case 'local':
        e.line(
          `if (${fc.local(name)} === 0) $.unboundLocal(${q}); ${t} = ${fc.local(name)}; $.incref(${t});`,
        );
        return t;
      case 'cell':
        e.line(`${t} = $.cellLoad(${fc.cell(name)}, ${q}, false);`);
        return t;
      case 'free':
        e.line(`${t} = $.cellLoad(${fc.cell(name)}, ${q}, true);`);
        return t;
      default:
        e.line(`${t} = $.loadGlobalCached(g, N[${e.name(name)}], G, ${e.globalSite()});`);
        return t;
    }
  }
  if (b === 'global-explicit') e.line(`${t} = $.loadGlobal(g, N[${e.name(name)}]);`);
  else if (b === 'free' || b === 'cell' || fc.scope.freeThrough.has(name)) {
    e.line(`${t} = $.loadClassDeref(ns, ${fc.cell(name)}, N[${e.name(name)}]);`);
  } else e.line(`${t} = $.loadName(${nsVar(fc)}, g, N[${e.name(name)}]);`);
  return t;
}

/** Emits a store of the owned reference in `t` (consumed) into `name`. */
export function storeName(fc: FunctionCompiler, name: string, t: string): void {
  const e = fc.e;
  const b = fc.scope.lookup(name);
  if (fc.fast && b === 'local') {
    const l = fc.local(name);
    e.line(`{ const o = ${l}; ${l} = ${t}; ${t} = 0; if (o !== 0) $.decref(o); }`);
    e.done(t);
    return;
  }
  if (b === 'cell' || (b === 'free' && (fc.fast || fc.scope.kind === 'class'))) {
    if (fc.fast || b === 'cell') {
      e.line(`$.cellStore(${fc.cell(name)}, ${e.take(t)});`);
      return;
    }
  }
  if (b === 'global-explicit' || (fc.fast && b === 'global-implicit')) {
    e.line(`$.storeGlobal(g, N[${e.name(name)}], ${e.take(t)});`);
    return;
  }
  e.line(`$.storeName(${nsVar(fc)}, N[${e.name(name)}], ${e.take(t)});`);
}

/** Emits `del name`. */
export function deleteName(fc: FunctionCompiler, name: string, node: Node): void {
  const e = fc.e;
  const b = fc.scope.lookup(name);
  const q = JSON.stringify(name);
  fc.setLine(node);
  if (fc.fast && b === 'local') {
    const l = fc.local(name);
    e.line(`if (${l} === 0) $.unboundLocal(${q}); { const o = ${l}; ${l} = 0; $.decref(o); }`);
  } else if (b === 'cell' || (fc.fast && b === 'free')) {
    e.line(`$.cellDelete(${fc.cell(name)}, ${q});`);
  } else if (b === 'global-explicit' || (fc.fast && b === 'global-implicit')) {
    e.line(`$.deleteGlobal(g, N[${e.name(name)}]);`);
  } else {
    e.line(`$.deleteName(${nsVar(fc)}, N[${e.name(name)}]);`);
  }
}

function nsVar(fc: FunctionCompiler): string {
  return fc.scope.kind === 'class' || fc.scope.kind === 'module' ? 'ns' : 'g';
}
