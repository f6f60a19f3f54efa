// Expressions: each leaves an owned reference in a temporary, as CPython's stack does.

import { foldIter, optimizeFormat } from './astopt.js';
import { CompileError, type FunctionCompiler } from './compiler.js';
import { condition, hasNamedExpr, operand } from './conditions.js';
import { inlineDecref } from './emitter.js';
import { makeFunction } from './functions.js';
import { emitAwait, emitYield, emitYieldFrom } from './genframe.js';
import { loadName, storeName } from './names.js';
import type { ConstantValue, Node } from './node.js';
import { checkCaller, checkSubscript } from './warnings.js';

/** CPython's binary operator numbers (NB_ADD …), used by `$.binary`. */
export const BINOP: Record<string, number> = {
  Add: 0,
  BitAnd: 1,
  FloorDiv: 2,
  LShift: 3,
  MatMult: 4,
  Mult: 5,
  Mod: 6,
  BitOr: 7,
  Pow: 8,
  RShift: 9,
  Sub: 10,
  Div: 11,
  BitXor: 12,
};

/** Rich comparison numbers (Py_LT …). */
export const CMPOP: Record<string, number> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

/** Compiles `node`; returns the temporary holding its value. */
export function expr(fc: FunctionCompiler, node: Node): string {
  const e = fc.e;
  switch (node._type) {
    case 'Constant':
      return constant(fc, node.value as ConstantValue);
    case 'Name':
      return loadName(fc, node.id, node);
    case 'BinOp': {
      const fstring = optimizeFormat(node);
      if (fstring !== null) return joinedStr(fc, fstring);
      if (!hasNamedExpr(node)) {
        // Fast locals and constants go in borrowed (see conditions.ts).
        const a = operand(fc, node.left);
        const b = operand(fc, node.right);
        const t = e.temp();
        fc.pos(node);
        const borrowed = (a.temp === null ? 1 : 0) | (b.temp === null ? 2 : 0);
        const op = BINOP[node.op._type];
        const entry = op === 0 || op === 10 ? 'addBorrowed' : 'binaryBorrowed';
        e.line(`${t} = $.${entry}(${a.js}, ${b.js}, ${op}, ${borrowed});`);
        if (a.temp !== null) e.release(a.temp);
        if (b.temp !== null) e.release(b.temp);
        return t;
      }
      const a = fc.expr(node.left);
      const b = fc.expr(node.right);
      const t = e.temp();
      fc.pos(node);
      e.line(`${t} = $.binary(${a}, ${b}, ${BINOP[node.op._type]});`);
      e.release(a);
      e.release(b);
      return t;
    }
    case 'UnaryOp': {
      const a = fc.expr(node.operand);
      const t = e.temp();
      const op = node.op._type;
      fc.pos(node);
      if (op === 'Not') e.line(`${t} = $.bool(!$.truthy(${a}));`);
      else e.line(`${t} = $.unary(${a}, ${JSON.stringify(op)});`);
      e.release(a);
      return t;
    }
    case 'BoolOp': {
      const t = e.temp();
      const label = e.label('bool');
      const isAnd = node.op._type === 'And';
      e.open(`${label}: {`);
      (node.values as Node[]).forEach((v, i) => {
        const x = fc.expr(v);
        e.line(`${t} = ${e.take(x)};`);
        if (i < node.values.length - 1) {
          fc.pos(node); // JUMP_IF_FALSE_OR_POP has the whole expression's position
          e.line(`if (${isAnd ? '!' : ''}$.truthy(${t})) break ${label};`);
          e.line(`$.decref(${t}); ${t} = 0;`);
        }
      });
      e.close();
      return t;
    }
    case 'Compare':
      return compare(fc, node);
    case 'IfExp': {
      const cond = condition(fc, node.test, node);
      const t = e.temp();
      e.open(`if (${cond}) {`);
      const a = fc.expr(node.body);
      e.line(`${t} = ${e.take(a)};`);
      e.middle('} else {');
      const b = fc.expr(node.orelse);
      e.line(`${t} = ${e.take(b)};`);
      e.close();
      return t;
    }
    case 'Call':
      return call(fc, node);
    case 'Attribute': {
      const obj = fc.expr(node.value);
      const t = e.temp();
      fc.pos(node);
      e.line(`${t} = $.loadAttr(${obj}, N[${e.name(node.attr)}], A, ${e.attrSite()});`);
      e.release(obj);
      return t;
    }
    case 'Subscript': {
      checkSubscript(fc, node);
      if (!hasNamedExpr(node)) {
        // Fast locals and constants go in borrowed (conditions.ts says why that is safe).
        const obj = operand(fc, node.value);
        const key = operand(fc, node.slice);
        const t = e.temp();
        fc.pos(node);
        const flags = (obj.temp === null ? 1 : 0) | (key.temp === null ? 2 : 0);
        // Where a handle can be passed on or taken without a JS throw, IndexError and
        // KeyError come back as one (vm/errhandles.ts).
        const handles = errReturnable(fc);
        e.line(`${t} = $.${handles ? 'subscr' : 'getItemBorrowed'}(${obj.js}, ${key.js}, ${flags});`);
        if (obj.temp !== null) e.release(obj.temp);
        if (key.temp !== null) e.release(key.temp);
        if (handles) errCheck(fc, t);
        return t;
      }
      const obj = fc.expr(node.value);
      const key = fc.expr(node.slice);
      const t = e.temp();
      fc.pos(node);
      e.line(`${t} = $.getItem(${obj}, ${key});`);
      e.release(obj);
      e.release(key);
      return t;
    }
    case 'Slice': {
      const parts = [node.lower, node.upper, node.step].map((x: Node | null) => (x ? fc.expr(x) : null));
      const t = e.temp();
      e.line(`${t} = $.newSlice(${parts.map((p) => p ?? '$.none').join(', ')});`);
      for (const p of parts) if (p) e.release(p);
      return t;
    }
    case 'Tuple':
    case 'List':
    case 'Set':
      return display(fc, node);
    case 'Dict':
      return dictDisplay(fc, node);
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return comprehension(fc, node);
    case 'Lambda':
      return makeFunction(fc, node);
    case 'NamedExpr': {
      const v = fc.expr(node.value);
      const copy = e.temp();
      e.line(`${copy} = ${v}; $.incref(${copy});`);
      storeName(fc, node.target.id, copy);
      return v;
    }
    case 'JoinedStr':
      return joinedStr(fc, node);
    case 'FormattedValue':
      return formatted(fc, node);
    case 'Yield':
      return emitYield(fc, node, node.value ? fc.expr(node.value) : null) as string;
    case 'YieldFrom':
      return emitYieldFrom(fc, node, fc.expr(node.value));
    case 'Starred':
      throw new CompileError("can't use starred expression here", node);
    case 'Await':
      return emitAwait(fc, node, fc.expr(node.value));
    default:
      throw new CompileError(`unsupported syntax: ${node._type}`, node);
  }
}

function constant(fc: FunctionCompiler, value: ConstantValue): string {
  const t = fc.e.temp();
  switch (value.tag) {
    case 'None':
      fc.e.line(`${t} = $.newNone();`);
      break;
    case 'bool':
      fc.e.line(`${t} = $.bool(${value.value});`);
      break;
    default:
      fc.e.line(`${t} = $.ref(K[${fc.e.constant(value)}]);`);
  }
  return t;
}

/** The constant a node folds to (Constant, or a tuple of them), or null. */
export function foldConstant(node: Node): ConstantValue | null {
  if (node._type === 'Constant') return node.value as ConstantValue;
  if (node._type === 'Tuple' && node.ctx?._type !== 'Store') {
    const items: ConstantValue[] = [];
    for (const x of node.elts as Node[]) {
      const c = foldConstant(x);
      if (c === null) return null;
      items.push(c);
    }
    return { tag: 'tuple', items };
  }
  return null;
}

// check_is_arg: a constant other than None, True, False and Ellipsis is a literal.
function isLiteral(node: Node): boolean {
  if (node._type !== 'Constant') return false;
  const tag = (node.value as ConstantValue).tag;
  return tag !== 'None' && tag !== 'bool' && tag !== 'Ellipsis';
}

/** check_compare: `is` / `is not` with a literal operand makes a SyntaxWarning. */
export function checkCompare(fc: FunctionCompiler, node: Node): void {
  let left = isLiteral(node.left);
  (node.ops as Node[]).forEach((op, i) => {
    const right = node.comparators[i] as Node;
    if ((op._type === 'Is' || op._type === 'IsNot') && (isLiteral(right) || left)) {
      const msg =
        op._type === 'Is'
          ? '"is" with a literal. Did you mean "=="?'
          : '"is not" with a literal. Did you mean "!="?';
      const module = fc.units[0];
      module.warnings ??= [];
      module.warnings.push([node.lineno ?? 1, msg]);
    }
    left = isLiteral(right);
  });
}

function compare(fc: FunctionCompiler, node: Node): string {
  checkCompare(fc, node);
  const e = fc.e;
  const t = e.temp();
  const label = e.label('cmp');
  let left = fc.expr(node.left);
  const ops = node.ops as Node[];
  e.open(`${label}: {`);
  ops.forEach((op, i) => {
    // fold_compare: the last operand of `in` / `not in` is folded like an iterable.
    const last = i === ops.length - 1 && (op._type === 'In' || op._type === 'NotIn');
    const right = fc.expr(last ? foldIter(node.comparators[i]) : node.comparators[i]);
    const kind = op._type;
    fc.pos(node);
    if (kind === 'Is' || kind === 'IsNot') {
      e.line(`${t} = $.bool((${left} === ${right}) === ${kind === 'Is'});`);
    } else if (kind === 'In' || kind === 'NotIn') {
      e.line(`${t} = $.bool($.contains(${right}, ${left}) === ${kind === 'In'});`);
    } else {
      e.line(`${t} = $.compareOp(${left}, ${right}, ${CMPOP[kind]});`);
    }
    e.release(left);
    left = right;
    if (i < ops.length - 1) {
      e.line(`if (!$.truthy(${t})) { $.decref(${left}); ${left} = 0; break ${label}; }`);
      e.line(`$.decref(${t}); ${t} = 0;`);
    }
  });
  e.release(left);
  e.close();
  return t;
}

// A tuple/list/set display: constant tuples are code constants; starred items splice.
function display(fc: FunctionCompiler, node: Node): string {
  const e = fc.e;
  const elts = node.elts as Node[];
  const kind = node._type as 'Tuple' | 'List' | 'Set';
  if (kind === 'Tuple') {
    const c = foldConstant(node);
    if (c !== null) return constant(fc, c);
  }
  const t = e.temp();
  const constants = elts.map(foldConstant);
  if (kind !== 'Tuple' && elts.length >= 3 && constants.every((c) => c !== null)) {
    // 3.11: BUILD_LIST 0 / BUILD_SET 0, LOAD_CONST tuple-or-frozenset, LIST_EXTEND / SET_UPDATE.
    fc.pos(node);
    const tag = kind === 'List' ? 'tuple' : 'frozenset';
    const k = e.constant({ tag, items: constants as ConstantValue[] }, true);
    e.line(`${t} = $.${kind === 'List' ? 'listFromConstTuple' : 'setFromConstFrozenset'}(K[${k}]);`);
    return t;
  }
  if (elts.some((x) => x._type === 'Starred')) {
    fc.pos(node);
    // BUILD_LIST / BUILD_SET, then LIST_APPEND/LIST_EXTEND or SET_ADD/SET_UPDATE.
    const set = kind === 'Set';
    e.line(`${t} = $.${set ? 'newSet' : 'newList'}();`);
    for (const x of elts) {
      if (x._type === 'Starred') {
        const v = fc.expr(x.value);
        e.line(`$.${set ? 'setUpdate' : 'listExtendStar'}(${t}, ${v});`);
        e.release(v);
      } else {
        const v = fc.expr(x);
        e.line(`$.${set ? 'setAdd' : 'listAppend'}(${t}, ${v});`);
        e.release(v);
      }
    }
    if (kind === 'Tuple') e.line(`{ const l = ${t}; ${t} = $.listAsTuple(l); $.decref(l); }`);
    return t;
  }
  const items = elts.map((x) => fc.expr(x));
  // BUILD_TUPLE / BUILD_LIST / BUILD_SET have the display's position (the line it allocates on).
  fc.pos(node);
  if (kind === 'Tuple' && items.length <= 3) {
    e.line(`${t} = $.tuple${items.length}(${items.map((x) => e.take(x)).join(', ')});`);
    return t;
  }
  if (kind === 'List' && items.length <= 3) {
    // Without a JS array: the count and up to three items (0 for the missing ones).
    const args = items.map((x) => e.take(x));
    while (args.length < 3) args.push('0');
    e.line(`${t} = $.listSmall(${items.length}, ${args.join(', ')});`);
    return t;
  }
  const builder = kind === 'Tuple' ? 'tupleFromArray' : kind === 'List' ? 'listFromArray' : 'setFromArray';
  e.line(`${t} = $.${builder}([${items.map((x) => e.take(x)).join(', ')}]);`);
  return t;
}

function dictDisplay(fc: FunctionCompiler, node: Node): string {
  const e = fc.e;
  const t = e.temp();
  const keys = node.keys as (Node | null)[];
  if (keys.some((k) => k === null)) {
    fc.pos(node);
    e.line(`${t} = $.newDict();`);
    keys.forEach((k, i) => {
      const v = fc.expr(node.values[i]);
      if (k === null) {
        fc.pos(node); // DICT_UPDATE has the display's position
        e.line(`$.dictUpdate(${t}, ${v});`);
      } else {
        const kt = fc.expr(k);
        fc.pos(node);
        e.line(`$.dictSetItem(${t}, ${kt}, ${v});`);
        e.release(kt);
      }
      e.release(v);
    });
    return t;
  }
  const pairs: string[] = [];
  keys.forEach((k, i) => {
    pairs.push(fc.expr(k as Node));
    pairs.push(fc.expr(node.values[i]));
  });
  fc.pos(node);
  e.line(`${t} = $.dictFromPairs([${pairs.map((x) => e.take(x)).join(', ')}]);`);
  return t;
}

function comprehension(fc: FunctionCompiler, node: Node): string {
  const e = fc.e;
  const inner = fc.scope.children.find((s) => s.node === node);
  if (!inner) throw new CompileError('internal: comprehension scope not found', node);
  const outer = fc.scope;
  if (
    inner.isAsync &&
    node._type !== 'GeneratorExp' &&
    !(outer.kind === 'function' && outer.isAsync) &&
    outer.kind !== 'comprehension'
  )
    throw new CompileError('asynchronous comprehension outside of an asynchronous function', node);
  const c = fc.child(inner);
  // CPython 3.11 gives MAKE_FUNCTION, GET_ITER and the call the comprehension's position.
  fc.pos(node);
  const closure = closureTuple(fc, inner.freevars);
  const first = fc.expr(foldIter(node.generators[0].iter));
  const t = e.temp();
  fc.pos(node);
  // An `async for` first: GET_AITER instead of GET_ITER.
  const aiter = node.generators[0].is_async ? ', true' : '';
  e.line(`${t} = $.runComprehension(C[${c}], g, ${closure}, ${e.take(first)}${aiter});`);
  // An async list, set or dict comprehension is a coroutine, awaited at once.
  if (inner.isAsync && node._type !== 'GeneratorExp') return emitAwait(fc, node, t);
  return t;
}

/** JS expression making the closure tuple for an inner scope's free variables, or `0`. */
export function closureTuple(fc: FunctionCompiler, freevars: string[]): string {
  if (freevars.length === 0) return '0';
  return `$.closureTuple([${freevars.map((n) => fc.cell(n)).join(', ')}])`;
}

// An argument whose evaluation can neither fail nor run code (a constant, a fast local known
// to be bound): it may be evaluated before the method lookup.
function loadsOnly(fc: FunctionCompiler, a: Node): boolean {
  if (a._type === 'Constant') return true;
  return a._type === 'Name' && fc.fast && fc.scope.lookup(a.id) === 'local' && fc.isBound(a.id);
}

/** Whether errCheck, here, passes a handle on or breaks to the handlers (no JS throw). */
export function errReturnable(fc: FunctionCompiler): boolean {
  const local = fc.localRaise;
  return (fc.errReturns && fc.e.tryDepth === 0) || (local !== null && local.tryDepth === fc.e.tryDepth);
}

// After a call (call0..call3, callAt, callMethod, callLoadedMethod) whose result `t` may be an error handle (a Python function's
// exception, returned rather than thrown: see Interpreter.errReturn): straight to this
// frame's exit when no JS try encloses the call, to the handlers of the enclosing
// `try … except` by a break when they are reachable so (localRaise), else thrown.
export function errCheck(fc: FunctionCompiler, t: string): void {
  const e = fc.e;
  const local = fc.localRaise;
  if (fc.errReturns && e.tryDepth === 0)
    e.line(`if (${t} < 0) { const r = ${t}; ${t} = 0; return $.errUp(r, CODE, $d); }`);
  else if (local !== null && local.tryDepth === e.tryDepth)
    e.line(`if (${t} < 0) { ${local.slot} = $.errTake(${t}); ${t} = 0; break ${local.label}; }`);
  else e.line(`if (${t} < 0) { const r = ${t}; ${t} = 0; throw $.errTake(r); }`);
}

function call(fc: FunctionCompiler, node: Node): string {
  checkCaller(fc, node);
  const e = fc.e;
  const args = node.args as Node[];
  const keywords = node.keywords as Node[];
  const starred = args.some((a) => a._type === 'Starred') || keywords.some((k) => k.arg === null);
  const t = e.temp();
  // super() in a method: the __class__ cell and the first argument, found at compile time.
  if (
    node.func._type === 'Name' &&
    node.func.id === 'super' &&
    args.length === 0 &&
    keywords.length === 0 &&
    fc.fast &&
    fc.scope.params.length > 0 &&
    fc.scope.lookup('super') === 'global-implicit' &&
    fc.scope.lookup('__class__') === 'free'
  ) {
    const first = loadName(fc, fc.scope.params[0]);
    e.line(`${t} = $.superZero(${fc.cell('__class__')}, ${first});`);
    e.release(first);
    return t;
  }
  if (
    !starred &&
    keywords.length === 0 &&
    node.func._type === 'Attribute' &&
    !args.every((a) => loadsOnly(fc, a))
  ) {
    // LOAD_METHOD before the arguments: a missing method fails before they run.
    const obj = fc.expr(node.func.value);
    const f = e.temp();
    const site = e.methodSite();
    fc.pos(node.func);
    e.line(`${f} = $.loadMethodFirst(${obj}, N[${e.name(node.func.attr)}], M, ${site});`);
    e.line(`if (${f} !== 0 && !$.methodUnbound) { ${inlineDecref(obj)} ${obj} = 0; }`);
    const xs = args.map((a) => fc.expr(a));
    const pos = e.position(node);
    if (xs.length <= 3) {
      // The site's direct call (as callMethod's below): a plain function found on the
      // class (obj kept), of the code this site called last.
      const s = e.callSite();
      const all = xs.map((x) => e.take(x)).join(', ');
      const takenF = e.take(f);
      const takenObj = e.take(obj);
      e.line(
        `if (${f} !== 0 && ${obj} !== 0 && $.i32[(${f} >>> 2) + FTW] === FT && $.i32[(${f} >>> 2) + FCW] === FC[${s}]) { $.L[$.depth] = ${pos}; ${t} = FF[${s}](${f}, ${takenObj}${all ? `, ${all}` : ''}); ${inlineDecref(f)} ${f} = 0; }`,
      );
      e.line(
        `else ${t} = $.callLoadedMethodSite(${takenF}, ${takenObj}, N[${e.name(node.func.attr)}], [${all}], ${pos}, M, ${site}, FC, FF, ${s});`,
      );
    } else {
      e.line(
        `${t} = $.callLoadedMethod(${e.take(f)}, ${e.take(obj)}, N[${e.name(node.func.attr)}], [${xs.map((x) => e.take(x)).join(', ')}], ${pos}, M, ${site});`,
      );
    }
    errCheck(fc, t);
    return t;
  }
  if (!starred && keywords.length === 0 && node.func._type === 'Attribute') {
    const obj = fc.expr(node.func.value);
    const xs = args.map((a) => fc.expr(a));
    // LOAD_METHOD fails at the attribute, CALL at the whole call (3.11's two positions).
    fc.pos(node.func);
    const name = e.name(node.func.attr);
    const k = e.methodSite();
    const pos = e.position(node);
    if (xs.length <= 3) {
      // The site's direct call: the plain function its method cache holds for obj's class,
      // of the code it called last, called straight (callMethod's hit path without the
      // argument array, its checks and its megamorphic call).
      const s = e.callSite();
      const all = xs.map((x) => e.take(x)).join(', ');
      const taken = e.take(obj);
      e.line(
        `{ const m = $.methodHit(${obj}, M, ${k}); if (m !== 0 && $.i32[(m >>> 2) + FTW] === FT && $.i32[(m >>> 2) + FCW] === FC[${s}]) { ${pos >= 0 ? `$.L[$.depth] = ${pos}; ` : ''}$.incref(m); ${t} = FF[${s}](m, ${taken}${all ? `, ${all}` : ''}); ${inlineDecref('m')} }`,
      );
      e.line(
        `else ${t} = $.callMethodSite(${taken}, N[${name}], [${all}], ${pos}, M, ${k}, FC, FF, ${s}); }`,
      );
    } else {
      e.line(
        `${t} = $.callMethod(${e.take(obj)}, N[${name}], [${xs.map((x) => e.take(x)).join(', ')}], ${pos}, M, ${k});`,
      );
    }
    errCheck(fc, t);
    return t;
  }
  if (!starred && node.func._type === 'Attribute') {
    // LOAD_METHOD, the arguments, KW_NAMES + CALL: no bound method, and the attribute is
    // looked up before the arguments are evaluated.
    const obj = fc.expr(node.func.value);
    const f = e.temp();
    fc.pos(node.func);
    e.line(`${f} = $.loadMethod(${obj}, N[${e.name(node.func.attr)}], M, ${e.methodSite()});`);
    e.line(`if (!$.methodUnbound) { ${inlineDecref(obj)} ${obj} = 0; }`);
    const xs = [...args, ...keywords.map((k) => k.value as Node)].map((a) => fc.expr(a));
    const site = e.kwSite(keywords.map((k) => e.name(k.arg)));
    fc.pos(node);
    e.line(
      `${t} = $.callMethodKw(${e.take(f)}, ${e.take(obj)}, [0, ${xs.map((x) => e.take(x)).join(', ')}], KW[${site}]);`,
    );
    errCheck(fc, t);
    return t;
  }
  const f = fc.expr(node.func);
  if (!starred) {
    const xs = args.map((a) => fc.expr(a));
    const ks = keywords.map((k) => fc.expr(k.value));
    fc.pos(node);
    const all = [...xs, ...ks].map((x) => e.take(x)).join(', ');
    if (keywords.length === 0 && xs.length <= 3) {
      // The call site's cache: a plain function whose code it called before (type and code
      // index words) is called straight, without call1's checks and its megamorphic call.
      const s = e.callSite();
      const taken = e.take(f);
      e.line(
        `if ($.i32[(${f} >>> 2) + FTW] === FT && $.i32[(${f} >>> 2) + FCW] === FC[${s}]) { ${t} = FF[${s}](${f}${all ? `, ${all}` : ''}); ${inlineDecref(f)} ${f} = 0; }`,
      );
      e.line(`else ${t} = $.call${xs.length}Site(${taken}${all ? `, ${all}` : ''}, FC, FF, ${s});`);
      errCheck(fc, t);
    } else if (keywords.length === 0) {
      e.line(`${t} = $.callAt(${e.take(f)}, [${all}], null);`);
      errCheck(fc, t);
    } else {
      const site = e.kwSite(keywords.map((k) => e.name(k.arg)));
      e.line(`${t} = $.callAt(${e.take(f)}, [${all}], KW[${site}]);`);
      errCheck(fc, t);
    }
    return t;
  }
  // CALL_FUNCTION_EX: the positional arguments (one starred value as it is, a tuple display,
  // or a list the starred values extend; the call makes it a tuple) and a keyword dict.
  let pos: string;
  if (args.length === 1 && args[0]._type === 'Starred') {
    pos = fc.expr(args[0].value);
  } else if (!args.some((a) => a._type === 'Starred')) {
    pos = display(fc, { _type: 'Tuple', elts: args, ctx: { _type: 'Load' } } as Node);
  } else {
    pos = e.temp();
    e.line(`${pos} = $.newList();`);
    for (const a of args) {
      const v = fc.expr(a._type === 'Starred' ? a.value : a);
      e.line(`$.${a._type === 'Starred' ? 'listExtendStar' : 'listAppend'}(${pos}, ${v});`);
      e.release(v);
    }
  }
  let kw = '0';
  if (keywords.length > 0) {
    kw = e.temp();
    e.line(`${kw} = $.newDict();`);
    for (const k of keywords) {
      const v = fc.expr(k.value);
      if (k.arg === null) {
        fc.pos(node); // DICT_MERGE has the call's position
        e.line(`$.dictMergeKwargs(${kw}, ${v}, ${f});`);
      } else e.line(`$.dictSetKwarg(${kw}, N[${e.name(k.arg)}], ${v}, ${f});`);
      e.release(v);
    }
  }
  fc.pos(node);
  e.line(`${t} = $.callEx(${e.take(f)}, ${e.take(pos)}, ${kw === '0' ? '0' : e.take(kw)});`);
  return t;
}

function joinedStr(fc: FunctionCompiler, node: Node): string {
  const e = fc.e;
  const parts = (node.values as Node[]).map((v) => fc.expr(v));
  const t = e.temp();
  e.line(`${t} = $.joinStrings([${parts.map((p) => e.take(p)).join(', ')}]);`);
  return t;
}

function formatted(fc: FunctionCompiler, node: Node): string {
  const e = fc.e;
  const v = fc.expr(node.value);
  const spec = node.format_spec ? fc.expr(node.format_spec) : null;
  const t = e.temp();
  // FORMAT_VALUE fails at the FormattedValue's position (3.11: the whole f-string's).
  fc.pos(node);
  e.line(`${t} = $.formatValue(${v}, ${node.conversion}, ${spec ?? '0'});`);
  e.release(v);
  if (spec) e.release(spec);
  return t;
}
