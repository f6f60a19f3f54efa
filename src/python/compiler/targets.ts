// Assignment targets: names, attributes, subscripts, and (starred) unpacking.

import { CompileError, type FunctionCompiler } from './compiler.js';
import { hasNamedExpr, operand } from './conditions.js';
import { deleteName, storeName } from './names.js';
import type { Node } from './node.js';

/** Assigns the owned reference in `t` (consumed) to `target`. */
export function assignTo(fc: FunctionCompiler, target: Node, t: string): void {
  const e = fc.e;
  switch (target._type) {
    case 'Name':
      storeName(fc, target.id, t);
      return;
    case 'Attribute': {
      const obj = fc.expr(target.value);
      fc.pos(target); // STORE_ATTR has the target's position
      e.line(`$.storeAttr(${obj}, N[${e.name(target.attr)}], ${t}, A, ${e.attrSite()});`);
      e.release(obj);
      e.release(t);
      return;
    }
    case 'Subscript': {
      if (!hasNamedExpr(target)) {
        const obj = operand(fc, target.value);
        const key = operand(fc, target.slice);
        const flags = (obj.temp === null ? 1 : 0) | (key.temp === null ? 2 : 0);
        fc.pos(target); // STORE_SUBSCR has the target's position
        e.line(`$.setItemBorrowed(${obj.js}, ${key.js}, ${t}, ${flags});`);
        if (obj.temp !== null) e.release(obj.temp);
        if (key.temp !== null) e.release(key.temp);
        e.release(t);
        return;
      }
      const obj = fc.expr(target.value);
      const key = fc.expr(target.slice);
      fc.pos(target);
      e.line(`$.setItem(${obj}, ${key}, ${t});`);
      e.release(obj);
      e.release(key);
      e.release(t);
      return;
    }
    case 'Tuple':
    case 'List': {
      const elts = target.elts as Node[];
      const star = elts.findIndex((x) => x._type === 'Starred');
      if (star >= 0 && elts.findIndex((x, i) => i > star && x._type === 'Starred') >= 0)
        throw new CompileError('multiple starred expressions in assignment', target);
      if (star < 0) {
        // UNPACK_SEQUENCE: every item into a temporary first, then the stores in order.
        const items = elts.map(() => e.temp());
        const direct = items.map((it, i) => `${it} = $.seqItemRef(${t}, ${i});`).join(' ');
        const viaArray = items.map((it, i) => `${it} = u[${i}];`).join(' ');
        fc.pos(target); // UNPACK_SEQUENCE has the target's position
        e.line(
          `if ($.unpackFast(${t}, ${elts.length})) { ${direct} } else { const u = $.unpack(${t}, ${elts.length}); ${viaArray} }`,
        );
        e.release(t);
        elts.forEach((x, i) => {
          assignTo(fc, x, items[i]);
        });
        return;
      }
      const parts = e.temp();
      fc.pos(target); // UNPACK_EX has the target's position
      if (star < 0) e.line(`${parts} = $.unpack(${t}, ${elts.length});`);
      else e.line(`${parts} = $.unpackEx(${t}, ${star}, ${elts.length - star - 1});`);
      e.release(t);
      // `parts` is a JS array of owned references (held by a temp-like JS variable).
      const arr = e.label('u');
      e.line(`const ${arr} = ${parts}; ${parts} = 0;`);
      e.done(parts);
      elts.forEach((x, i) => {
        const item = e.temp();
        e.line(`${item} = ${arr}[${i}]; ${arr}[${i}] = 0;`);
        assignTo(fc, x._type === 'Starred' ? x.value : x, item);
      });
      return;
    }
    case 'Starred':
      throw new CompileError('starred assignment target must be in a list or tuple', target);
    default:
      throw new Error(`cannot assign to ${target._type}`);
  }
}

/** Emits `del target`. */
export function deleteTarget(fc: FunctionCompiler, target: Node): void {
  const e = fc.e;
  switch (target._type) {
    case 'Name':
      deleteName(fc, target.id, target);
      return;
    case 'Attribute': {
      const obj = fc.expr(target.value);
      fc.pos(target);
      e.line(`$.delAttr(${obj}, N[${e.name(target.attr)}]);`);
      e.release(obj);
      return;
    }
    case 'Subscript': {
      const obj = fc.expr(target.value);
      const key = fc.expr(target.slice);
      fc.pos(target);
      e.line(`$.delItem(${obj}, ${key});`);
      e.release(obj);
      e.release(key);
      return;
    }
    case 'Tuple':
    case 'List':
      for (const x of target.elts) deleteTarget(fc, x);
      return;
    default:
      throw new Error(`cannot delete ${target._type}`);
  }
}
