// co_consts and co_names as CPython 3.11's compiler makes them.
//
// pymm's code units keep the constants and names its generated JS needs, in its own order.
// CPython's tables are observable (`f.__code__.co_consts`, `co_names`): their order is the
// order of first use in the bytecode, with the docstring (or None) first in a function, the
// code objects of nested scopes in place, constants the optimizer made or dropped, and
// names of attributes, globals and imports. cpywalk.ts already follows the compiler's visit
// to count its allocations; its per-unit tables are those tuples. They are computed on first
// use, for the whole module at once, from the tree the unit was compiled from.

import { CPYTHON_COMPILE_START, cpythonCompileAllocs } from './cpywalk.js';
import type { ConstantValue, Node } from './node.js';

/** A co_consts entry: a constant, or the code object of the nested scope whose node is `node`. */
export type CodeConst = ConstantValue | { tag: 'code'; node: Node };

/** A code unit's co_consts and co_names, as CPython's compiler makes them. */
export interface CodeTables {
  consts: CodeConst[];
  names: string[];
}

/** The module tree (mangled, as compileModule gets it) and scope node of each unit. */
const sources = new WeakMap<object, { tree: Node; node: Node }>();
/** The tables of every scope of a module tree, by scope node. */
const computed = new WeakMap<Node, Map<Node, CodeTables>>();

/** Notes where `unit` came from, for cpythonCodeTables. */
export function recordUnitSource(unit: object, tree: Node, node: Node): void {
  sources.set(unit, { tree, node });
}

/** The scope node `unit` was compiled from, or undefined (a unit from a code cache). */
export function unitNode(unit: object): Node | undefined {
  return sources.get(unit)?.node;
}

/** CPython's co_consts and co_names for `unit`, or null when its source tree is not known. */
export function cpythonCodeTables(unit: object): CodeTables | null {
  const src = sources.get(unit);
  if (src === undefined) return null;
  let tables = computed.get(src.tree);
  if (tables === undefined) {
    const found = new Map<Node, CodeTables>();
    const nodes = new Map<number, Node>();
    try {
      cpythonCompileAllocs(src.tree, CPYTHON_COMPILE_START, (u, scope) => {
        nodes.set(u.index, scope.node);
        const consts = u.coConsts.map((c): CodeConst => {
          if (c.tag !== 'code') return c;
          return { tag: 'code', node: nodes.get(c.unit) as Node };
        });
        found.set(scope.node, { consts, names: [...u.names.keys()] });
      });
    } catch {
      // The model does not follow every construct; the caller falls back to pymm's tables.
    }
    tables = found;
    computed.set(src.tree, tables);
  }
  return tables.get(src.node) ?? null;
}
