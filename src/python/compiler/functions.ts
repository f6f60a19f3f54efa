// `def`, `lambda` and `class`: making function objects and classes at run time.

import { CompileError, type FunctionCompiler } from './compiler.js';
import { closureTuple, errCheck, foldConstant } from './expressions.js';
import { annotationValue } from './names.js';
import type { ConstantValue, Node } from './node.js';

/** Emits MAKE_FUNCTION for a FunctionDef or Lambda node; returns the temp with the function. */
export function makeFunction(fc: FunctionCompiler, node: Node): string {
  const e = fc.e;
  const inner = fc.scope.children.find((s) => s.node === node);
  if (!inner) throw new CompileError('internal: function scope not found', node);
  const args = node.args as Node;
  // Defaults are evaluated now, left to right: positional defaults, then keyword-only ones.
  let defaults = '0';
  const folded = (args.defaults as Node[]).map(foldConstant);
  if (args.defaults.length > 0 && folded.every((x) => x !== null)) {
    // BUILD_TUPLE of constants is folded into one constant tuple (no allocation). The
    // folding leaves the items' own entries in CPython's co_consts (only trailing unused
    // constants are trimmed, and the code object comes after them), each a reference.
    for (const x of folded as ConstantValue[]) e.constant(x, true);
    defaults = e.temp();
    e.line(
      `${defaults} = $.ref(K[${e.constant({ tag: 'tuple', items: folded as ConstantValue[] }, true)}]);`,
    );
  } else if (args.defaults.length > 0) {
    const ds = (args.defaults as Node[]).map((d) => fc.expr(d));
    defaults = e.temp();
    e.line(`${defaults} = $.tupleFromArray([${ds.map((d) => e.take(d)).join(', ')}]);`);
  }
  let kwdefaults = '0';
  const kws = (args.kwonlyargs as Node[]).map(
    (a, i) => [a.arg, args.kw_defaults[i]] as [string, Node | null],
  );
  if (kws.some(([, d]) => d !== null)) {
    kwdefaults = e.temp();
    e.line(`${kwdefaults} = $.newDict();`);
    for (const [name, d] of kws) {
      if (d === null) continue;
      const v = fc.expr(d);
      // (dictSetItem borrows the key and the value, as MAP_ADD's PyDict_SetItem does.)
      e.line(`$.dictSetItem(${kwdefaults}, N[${e.name(name)}], ${v});`);
      e.release(v);
    }
  }
  const annotations = node._type === 'Lambda' ? '0' : functionAnnotations(fc, node);
  const c = fc.child(inner);
  const closure = closureTuple(fc, inner.freevars);
  const t = e.temp();
  fc.pos(node); // MAKE_FUNCTION: the def or lambda's line
  const d = defaults === '0' ? '0' : e.take(defaults);
  const k = kwdefaults === '0' ? '0' : e.take(kwdefaults);
  const a = annotations === '0' ? '' : `, ${e.take(annotations)}`;
  e.line(`${t} = $.makeFunction(C[${c}], g, ${d}, ${k}, ${closure}${a});`);
  return t;
}

// The annotations of a def, evaluated after the defaults in compiler_visit_annotations'
// order (parameters, *args, keyword-only, **kwargs, return): a temp with the dict, or '0'.
function functionAnnotations(fc: FunctionCompiler, node: Node): string {
  const e = fc.e;
  const args = node.args as Node;
  const params: Node[] = [
    ...(args.posonlyargs as Node[]),
    ...(args.args as Node[]),
    ...(args.vararg ? [args.vararg] : []),
    ...(args.kwonlyargs as Node[]),
    ...(args.kwarg ? [args.kwarg] : []),
  ];
  const entries: [string, Node][] = params.filter((p) => p.annotation).map((p) => [p.arg, p.annotation]);
  if (node.returns) entries.push(['return', node.returns]);
  if (entries.length === 0) return '0';
  const dict = e.temp();
  e.line(`${dict} = $.newDict();`);
  for (const [name, ann] of entries) {
    const v = annotationValue(fc, ann);
    e.line(`$.dictSetItem(${dict}, N[${e.name(name)}], ${v});`);
    e.release(v);
  }
  return dict;
}

/** Emits the decorators' calls around `t` (innermost last in source, applied first). */
export function decorate(fc: FunctionCompiler, decorators: string[], t: string, nodes: Node[]): string {
  const e = fc.e;
  let cur = t;
  for (let i = decorators.length - 1; i >= 0; i--) {
    const r = e.temp();
    fc.pos(nodes[i]); // the CALL has the decorator expression's position
    e.line(`${r} = $.callAt(${e.take(decorators[i])}, [${e.take(cur)}], null);`);
    errCheck(fc, r);
    cur = r;
  }
  return cur;
}

/** Emits a class statement: __build_class__(body, name, *bases, **keywords); returns the temp with the class. */
export function makeClass(fc: FunctionCompiler, node: Node): string {
  const e = fc.e;
  const inner = fc.scope.children.find((s) => s.node === node);
  if (!inner) throw new CompileError('internal: class scope not found', node);
  // `class C(*bases, **kw)`: starred bases and ** mappings are spread into the arrays.
  const bases = (node.bases as Node[]).map((b) =>
    b._type === 'Starred' ? { star: fc.expr(b.value) } : { star: null, t: fc.expr(b) },
  );
  const keywords = (node.keywords as Node[]).map((k) => [k.arg as string | null, fc.expr(k.value)] as const);
  const c = fc.child(inner);
  const closure = closureTuple(
    fc,
    inner.freevars.filter((n) => n !== '__class__'),
  );
  const t = e.temp();
  const kw = keywords
    .map(([n, v]) => (n === null ? `...$.starKeywords(${e.take(v)})` : `[N[${e.name(n)}], ${e.take(v)}]`))
    .join(', ');
  const bs = bases.map((b) =>
    b.star !== null ? `...$.starItems(${e.take(b.star)})` : e.take(b.t as string),
  );
  fc.pos(node); // the __build_class__ CALL has the class statement's location
  e.line(
    `${t} = $.buildClass(C[${c}], g, ${closure}, N[${e.name(node.name)}], [${bs.join(', ')}], [${kw}]);`,
  );
  return t;
}
