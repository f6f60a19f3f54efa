// Statements.

import { foldIter } from './astopt.js';
import { asyncForLoop, asyncWithStmt } from './asyncstmts.js';
import { CompileError, type FunctionCompiler } from './compiler.js';
import { condition, hasNamedExpr, lastCompare, type Operand, operand } from './conditions.js';
import { inlineDecref } from './emitter.js';
import { BINOP, checkCompare } from './expressions.js';
import { decorate, makeClass, makeFunction } from './functions.js';
import { checkLateFuture } from './future.js';
import { emitYield } from './genframe.js';
import { bindName } from './mangle.js';
import { deleteNameQuiet, loadName, storeAnnotation, storeName } from './names.js';
import type { Node } from './node.js';
import { matchStmt } from './patterns.js';
import { assignTo, deleteTarget } from './targets.js';
import { checkExceptStarExit, starHandlers } from './trystar.js';
import { checkAssert } from './warnings.js';

/** Compiles one statement, then notes the names it has certainly bound when it completes. */
export function stmt(fc: FunctionCompiler, s: Node): void {
  statement(fc, s);
  switch (s._type) {
    case 'Assign':
      for (const t of s.targets as Node[]) fc.noteBound(t);
      break;
    case 'AugAssign':
      fc.noteBound(s.target);
      break;
    case 'AnnAssign':
      if (s.value) fc.noteBound(s.target);
      break;
    case 'FunctionDef':
    case 'AsyncFunctionDef':
    case 'ClassDef':
      fc.noteBound({ _type: 'Name', id: bindName(s) });
      break;
  }
}

function statement(fc: FunctionCompiler, s: Node): void {
  const e = fc.e;
  fc.setLine(s);
  switch (s._type) {
    case 'Expr': {
      // A docstring or any bare constant: no code (CPython's compiler drops it).
      if (s.value._type === 'Constant') return;
      if (s.value._type === 'Yield' && fc.slots !== null) {
        // A `yield` statement drops the value sent in without a reference of its own.
        emitYield(fc, s.value, s.value.value ? fc.expr(s.value.value) : null, true);
        return;
      }
      const t = fc.expr(s.value);
      e.release(t);
      return;
    }
    case 'Assign': {
      const targets = s.targets as Node[];
      if (swapsInsteadOfTuple(targets, s.value)) {
        // `a, b = x, y`: 3.11's peephole turns BUILD_TUPLE n + UNPACK_SEQUENCE n (n <= 3)
        // into SWAP: no tuple is made.
        const items = (s.value.elts as Node[]).map((x) => fc.expr(x));
        (targets[0].elts as Node[]).forEach((target, i) => {
          assignTo(fc, target, items[i]);
        });
        return;
      }
      const value = s.value as Node;
      if (
        targets.length === 1 &&
        targets[0]._type === 'Name' &&
        fc.fast &&
        fc.scope.lookup(targets[0].id) === 'local' &&
        value._type === 'BinOp' &&
        value.op._type === 'Add' &&
        value.left._type === 'Name' &&
        value.left.id === targets[0].id &&
        !hasNamedExpr(value.right)
      ) {
        // `s = s + t`: 3.11 specialises it as `s += t` (the STORE_FAST that follows).
        operand(fc, value.left);
        const v = operand(fc, value.right);
        const r = fc.e.temp();
        fc.pos(value);
        localAdd(fc, targets[0].id, v, 0, r);
        return;
      }
      const v = fc.expr(s.value);
      targets.forEach((target, i) => {
        if (i < targets.length - 1) {
          const copy = e.temp();
          e.line(`${copy} = ${v}; $.incref(${copy});`);
          assignTo(fc, target, copy);
        } else {
          assignTo(fc, target, v);
        }
      });
      return;
    }
    case 'AugAssign':
      augAssign(fc, s);
      return;
    case 'AnnAssign': {
      if (s.value) {
        const v = fc.expr(s.value);
        assignTo(fc, s.target, v);
      }
      if (fc.scope.kind === 'module' || fc.scope.kind === 'class') storeAnnotation(fc, s);
      return;
    }
    case 'Delete':
      for (const t of s.targets) deleteTarget(fc, t);
      return;
    case 'Pass':
      return;
    case 'If': {
      const cond = condition(fc, s.test, s);
      e.open(`if (${cond}) {`);
      fc.block(s.body);
      if (s.orelse.length > 0) {
        e.middle('} else {');
        fc.block(s.orelse);
      }
      e.close();
      return;
    }
    case 'While':
      whileLoop(fc, s);
      return;
    case 'For':
      forLoop(fc, s);
      return;
    case 'AsyncFor':
      if (!fc.scope.isAsync) throw new CompileError("'async for' outside async function", s);
      asyncForLoop(fc, s);
      return;
    case 'Break':
    case 'Continue': {
      // compiler_unwind_fblock_stack meets an except* handler before it looks for a loop.
      checkExceptStarExit(fc, s);
      const loop = fc.loops.at(-1);
      if (!loop)
        throw new CompileError(
          s._type === 'Break' ? "'break' outside loop" : "'continue' not properly in loop",
          s,
        );
      e.line(`${s._type === 'Break' ? 'break' : 'continue'} ${loop.label};`);
      return;
    }
    case 'Return': {
      if (!fc.fast || fc.scope.kind === 'comprehension')
        throw new CompileError("'return' outside function", s);
      if (s.value && fc.scope.isAsync && fc.scope.yields)
        throw new CompileError("'return' with value in async generator", s);
      checkExceptStarExit(fc, s);
      if (s.value) {
        const t = fc.expr(s.value);
        e.line(`return ${e.take(t)};`);
      } else {
        e.line('return $.newNone();');
      }
      return;
    }
    case 'FunctionDef':
    case 'AsyncFunctionDef': {
      const decorators = (s.decorator_list as Node[]).map((d) => fc.expr(d));
      const f = makeFunction(fc, s);
      storeName(fc, bindName(s), decorate(fc, decorators, f, s.decorator_list));
      return;
    }
    case 'ClassDef': {
      const decorators = (s.decorator_list as Node[]).map((d) => fc.expr(d));
      const c = makeClass(fc, s);
      storeName(fc, bindName(s), decorate(fc, decorators, c, s.decorator_list));
      return;
    }
    case 'Raise': {
      const exc = s.exc ? fc.expr(s.exc) : null;
      const cause = s.cause ? fc.expr(s.cause) : null;
      fc.pos(s);
      const raised =
        exc === null ? '$.reraise()' : `$.raise(${e.take(exc)}, ${cause === null ? -1 : e.take(cause)})`;
      const local = fc.localRaise;
      // Straight to this function's own handler: the same exception object, handled by the
      // same code as a thrown one, without V8's cost of a throw.
      if (local !== null && local.tryDepth === e.tryDepth)
        e.line(`${local.slot} = ${raised}; break ${local.label};`);
      // Out of a plain function by its error return, as its exception exit would take it.
      else if (fc.errReturns && e.tryDepth === 0) e.line(`return $.errReturn(${raised}, CODE, $d);`);
      else e.line(`throw ${raised};`);
      return;
    }
    case 'Try':
    case 'TryStar':
      tryStmt(fc, s);
      return;
    case 'With':
      withStmt(fc, s, 0);
      return;
    case 'AsyncWith':
      if (!fc.scope.isAsync) throw new CompileError("'async with' outside async function", s);
      asyncWithStmt(fc, s, 0);
      return;
    case 'Assert': {
      checkAssert(fc, s);
      const cond = condition(fc, s.test);
      e.open(`if (!${cond}) {`);
      const where = lastCompare(s.test) ?? s;
      fc.pos(where);
      if (s.msg) {
        const m = fc.expr(s.msg);
        fc.pos(where);
        e.line(`throw $.raiseNew('AssertionError', ${e.take(m)});`);
      } else {
        e.line(`throw $.raiseNew('AssertionError', 0);`);
      }
      e.close();
      return;
    }
    case 'Import':
      for (const a of s.names as Node[]) {
        const t = e.temp();
        const top = a.name.split('.')[0];
        e.line(`${t} = $.importModule(N[${e.name(a.name)}], g, ${a.asname ? 'true' : 'false'});`);
        storeName(fc, a.asname ?? a.bindName ?? top, t);
      }
      return;
    case 'ImportFrom': {
      checkLateFuture(s);
      const m = e.temp();
      e.line(`${m} = $.importModule(N[${e.name(s.module ?? '')}], g, true, ${s.level ?? 0});`);
      for (const a of s.names as Node[]) {
        if (a.name === '*') {
          e.line(`$.importStar(${m}, ${fc.scope.kind === 'class' ? 'ns' : 'g'});`);
          continue;
        }
        const t = e.temp();
        e.line(`${t} = $.importFrom(${m}, N[${e.name(a.name)}]);`);
        storeName(fc, a.asname ?? a.name, t);
      }
      e.release(m);
      return;
    }
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Match':
      matchStmt(fc, s);
      return;
    default:
      throw new CompileError(`unsupported syntax: ${s._type} statement`, s);
  }
}

/**
 * `s += t` or `s = s + t` for fast local `s` (BINARY_OP_INPLACE_ADD_UNICODE): a str only the
 * local refers to grows in place (linear append loops), anything else is added and stored
 * as usual; `v` is t's operand, `r` a fresh temporary.
 */
function localAdd(fc: FunctionCompiler, name: string, v: Operand, op: number, r: string): void {
  const e = fc.e;
  const l = fc.local(name);
  e.line(`${r} = $.strAppendLocal(${l}, ${v.js});`);
  e.line(`if (${r} !== 0) { ${l} = ${r}; ${r} = 0; } else {`);
  e.line(`  ${r} = $.addBorrowed(${l}, ${v.js}, ${op}, ${v.temp === null ? 3 : 1});`);
  e.line('}');
  if (v.temp !== null) e.release(v.temp);
  e.line(`if (${r} !== 0) { const o = ${l}; ${l} = ${r}; ${r} = 0; if (o !== 0) ${inlineDecref('o')} }`);
  e.done(r);
}

function augAssign(fc: FunctionCompiler, s: Node): void {
  const e = fc.e;
  const op = BINOP[s.op._type] + 13; // NB_INPLACE_*
  const target = s.target as Node;
  if (
    target._type === 'Name' &&
    fc.fast &&
    fc.scope.lookup(target.id) === 'local' &&
    !hasNamedExpr(s.value)
  ) {
    // A fast local and a fast local or constant go in borrowed, as in a BinOp (nothing in
    // the value can rebind the local; the operator increfs them before Python code runs).
    const cur = operand(fc, target);
    const v = operand(fc, s.value);
    const r = e.temp();
    const borrowed = (cur.temp === null ? 1 : 0) | (v.temp === null ? 2 : 0);
    const entry = op === 13 || op === 23 ? 'addBorrowed' : 'binaryBorrowed';
    fc.pos(s); // the operator has the statement's position
    if (op === 13 && cur.temp === null) {
      localAdd(fc, target.id, v, op, r);
      return;
    }
    e.line(`${r} = $.${entry}(${cur.js}, ${v.js}, ${op}, ${borrowed});`);
    if (cur.temp !== null) e.release(cur.temp);
    if (v.temp !== null) e.release(v.temp);
    storeName(fc, target.id, r);
  } else if (target._type === 'Name') {
    const cur = loadName(fc, target.id, target);
    const v = fc.expr(s.value);
    const r = e.temp();
    fc.pos(s);
    if (op === 13 || op === 23) e.line(`${r} = $.addBorrowed(${cur}, ${v}, ${op}, 0);`);
    else e.line(`${r} = $.binary(${cur}, ${v}, ${op});`);
    e.release(cur);
    e.release(v);
    storeName(fc, target.id, r);
  } else if (target._type === 'Attribute') {
    const obj = fc.expr(target.value);
    const name = `N[${e.name(target.attr)}]`;
    const cur = e.temp();
    fc.pos(target); // the load and the store have the target's position, the operator the statement's
    e.line(`${cur} = $.loadAttr(${obj}, ${name}, A, ${e.attrSite()});`);
    const v = fc.expr(s.value);
    const r = e.temp();
    fc.pos(s);
    e.line(`${r} = $.binary(${cur}, ${v}, ${op});`);
    e.release(cur);
    e.release(v);
    fc.pos(target);
    e.line(`$.storeAttr(${obj}, ${name}, ${r}, A, ${e.attrSite()});`);
    e.release(r);
    e.release(obj);
  } else if (target._type === 'Subscript' && !hasNamedExpr(target) && !hasNamedExpr(s.value)) {
    // `d[k] += v` with fast locals and constants borrowed (see conditions.ts).
    const obj = operand(fc, target.value);
    const key = operand(fc, target.slice);
    const flags = (obj.temp === null ? 1 : 0) | (key.temp === null ? 2 : 0);
    const cur = e.temp();
    // Bit 2: the stack holds container and key twice here (COPY 2, COPY 2), as Python code may see.
    fc.pos(target);
    e.line(`${cur} = $.getItemBorrowed(${obj.js}, ${key.js}, ${flags | 4});`);
    const v = operand(fc, s.value);
    const r = e.temp();
    fc.pos(s);
    e.line(`${r} = $.binaryBorrowed(${cur}, ${v.js}, ${op}, ${v.temp === null ? 2 : 0});`);
    e.release(cur);
    if (v.temp !== null) e.release(v.temp);
    fc.pos(target);
    e.line(`$.setItemBorrowed(${obj.js}, ${key.js}, ${r}, ${flags});`);
    e.release(r);
    if (key.temp !== null) e.release(key.temp);
    if (obj.temp !== null) e.release(obj.temp);
  } else if (target._type === 'Subscript') {
    const obj = fc.expr(target.value);
    const key = fc.expr(target.slice);
    const cur = e.temp();
    fc.pos(target);
    e.line(`${cur} = $.getItem(${obj}, ${key});`);
    const v = fc.expr(s.value);
    const r = e.temp();
    fc.pos(s);
    e.line(`${r} = $.binary(${cur}, ${v}, ${op});`);
    e.release(cur);
    e.release(v);
    fc.pos(target);
    e.line(`$.setItem(${obj}, ${key}, ${r});`);
    e.release(r);
    e.release(key);
    e.release(obj);
  } else {
    throw new CompileError("'tuple' is an illegal expression for augmented assignment", s);
  }
}

// check_compare for every comparison in an expression (lambdas included).
function warnCompares(fc: FunctionCompiler, node: Node): void {
  if (node._type === 'Compare') checkCompare(fc, node);
  for (const v of Object.values(node)) {
    for (const x of Array.isArray(v) ? v : [v]) {
      if (x !== null && typeof x === 'object' && '_type' in x) warnCompares(fc, x as Node);
    }
  }
}

function whileLoop(fc: FunctionCompiler, s: Node): void {
  const e = fc.e;
  const label = e.label('loop');
  const broke = e.label('broke');
  const hasElse = s.orelse.length > 0;
  if (hasElse) e.line(`let ${broke} = true;`);
  e.open(`${label}: for (;;) {`);
  // A KeyboardInterrupt here points where 3.11's JUMP_BACKWARD does: the test, or the
  // statement when the test is a constant.
  e.line(`$.safePoint(${e.position(s.test._type === 'Constant' ? s : s.test)});`);
  const cond = condition(fc, s.test, s);
  e.line(`if (!${cond}) { ${hasElse ? `${broke} = false; ` : ''}break; }`);
  fc.loops.push({ label, iterator: null });
  fc.block(s.body);
  fc.loops.pop();
  // 3.11 compiles the test a second time at the bottom of the loop: its warnings come twice.
  warnCompares(fc, s.test);
  e.close();
  if (hasElse) {
    e.open(`if (!${broke}) {`);
    fc.block(s.orelse);
    e.close();
  }
}

function forLoop(fc: FunctionCompiler, s: Node): void {
  const e = fc.e;
  const src = fc.expr(foldIter(s.iter));
  // GET_ITER and FOR_ITER have the for statement's position (the block's own lines ran last).
  fc.pos(s);
  const it = e.temp();
  e.line(`${it} = $.iter(${src});`);
  e.release(src);
  const label = e.label('loop');
  const broke = e.label('broke');
  const hasElse = s.orelse.length > 0;
  if (hasElse) e.line(`let ${broke} = true;`);
  const item = e.temp();
  e.open(`${label}: for (;;) {`);
  e.line('$.safePoint();');
  fc.pos(s);
  e.line(`${item} = $.next(${it});`);
  e.line(`if (${item} === 0) { ${hasElse ? `${broke} = false; ` : ''}break; }`);
  assignTo(fc, s.target, item);
  fc.loops.push({ label, iterator: it });
  fc.block(s.body);
  fc.loops.pop();
  e.close();
  e.release(it);
  if (hasElse) {
    e.open(`if (!${broke}) {`);
    fc.block(s.orelse);
    e.close();
  }
}

function tryStmt(fc: FunctionCompiler, s: Node): void {
  const e = fc.e;
  const hasFinally = s.finalbody.length > 0;
  // try/finally: an exception from the body waits in a temporary while the finally body
  // runs (CPython keeps it on the value stack and as the exception being handled), and is
  // re-raised after it, or released if the finally body returns, breaks or raises.
  const pending = hasFinally ? e.temp() : null;
  if (hasFinally) {
    e.open('try {');
    e.open('try {');
  }
  if (s.handlers.length > 0) {
    const ok = e.label('ok');
    if (s.orelse.length > 0) e.line(`let ${ok} = false;`);
    // A generator keeps the exception it handles in a frame slot, where a yield inside the
    // handler leaves it visible to the collector (CPython: gi_exc_state).
    const excSlot = fc.slots !== null ? e.temp() : null;
    // A `raise` directly in the body (not inside another JS try), or a call returning an
    // error handle there (errCheck), hands its exception to the handlers through `thrown`
    // and a break out of the labelled try (see localRaise).
    const tryLabel = e.label('tr');
    const thrown = e.label('e');
    e.line(`let ${thrown} = null;`);
    e.open(`${tryLabel}: try {`);
    const outer = fc.localRaise;
    fc.localRaise = { label: tryLabel, slot: thrown, tryDepth: e.tryDepth };
    fc.block(s.body);
    fc.localRaise = outer;
    if (s.orelse.length > 0) e.line(`${ok} = true;`);
    const cleanup = e.cleanupMarker();
    e.middle('} catch ($e) {');
    e.line(`${thrown} = $e;`);
    e.close();
    e.open(`if (${thrown} !== null) {`);
    // The exception object first: a KeyError borrows its key from a temporary.
    const exc = excSlot ?? e.label('x');
    e.line(`${excSlot === null ? 'const ' : ''}${exc} = $.catch(${thrown}, CODE, $d);`);
    e.line(cleanup);
    e.open('try {');
    if (s._type === 'TryStar') starHandlers(fc, s, exc);
    else handlers(fc, s, exc);
    e.middle('} catch ($h) {');
    e.line('throw $.chainPending($h);');
    e.middle('} finally {');
    e.line(excSlot === null ? `$.endHandler(${exc});` : `{ const x = ${exc}; ${exc} = 0; $.endHandler(x); }`);
    e.close();
    e.close();
    if (excSlot !== null) e.done(excSlot);
    if (s.orelse.length > 0) {
      e.open(`if (${ok}) {`);
      fc.block(s.orelse);
      e.close();
    }
  } else {
    fc.block(s.body);
  }
  if (pending !== null) {
    const cleanup = e.cleanupMarker();
    e.middle('} catch ($e) {');
    e.line(`${pending} = $.catch($e, CODE, $d);`);
    e.line(cleanup);
    e.close();
    e.middle('} finally {');
    e.line(cleanup);
    const done = e.label('done');
    e.line(`let ${done} = false;`);
    e.open('try {');
    fc.block(s.finalbody);
    // 3.11 compiles the finally block twice (normal exit, exception path): warnings twice.
    for (const st of s.finalbody as Node[]) warnCompares(fc, st);
    e.line(`${done} = true;`);
    // An error from the finally body gets the pending exception as its __context__.
    e.middle('} catch ($h) {');
    e.line('throw $.chainPending($h);');
    e.middle('} finally {');
    e.open(`if (${pending} !== 0) {`);
    e.line(`const x = ${pending}; ${pending} = 0;`);
    e.line(`if (${done}) { const r = $.reraiseCaught(x); $.endHandler(x); throw r; }`);
    e.line('$.endHandler(x);');
    e.close();
    e.close();
    e.close();
    e.done(pending);
  }
}

function withStmt(fc: FunctionCompiler, s: Node, i: number): void {
  const e = fc.e;
  const item = s.items[i] as Node;
  const mgr = fc.expr(item.context_expr);
  const exit = e.temp();
  const value = e.temp();
  // BEFORE_WITH: look up __exit__ (bound), call __enter__.
  // (withEnter takes the manager's reference: the temp is cleared first.)
  e.line(`{ const m = ${mgr}; ${mgr} = 0; ${exit} = $.withEnter(m); } ${value} = $.withValue();`);
  e.done(mgr);
  const raised = e.label('raised');
  e.line(`let ${raised} = false;`);
  e.open('try {');
  if (item.optional_vars) assignTo(fc, item.optional_vars, value);
  else e.release(value);
  const cleanup = e.cleanupMarker();
  e.open('try {');
  if (i + 1 < s.items.length) withStmt(fc, s, i + 1);
  else fc.block(s.body);
  e.middle('} catch ($e) {');
  e.line(`${raised} = true;`);
  e.line('const x = $.catch($e, CODE, $d);');
  e.line(cleanup);
  // CPython calls __exit__ on the `with` statement's location (WITH_EXCEPT_START, and the
  // normal exit's CALL): an error it raises (assertRaises' "not raised") shows that line.
  const at = s.lineno !== undefined ? `$.L[$d] = ${e.position(s)}; ` : '';
  e.line(
    `try { ${at}if (!$.withExit(${exit}, x)) throw $.reraiseCaught(x); } catch ($h) { throw $.chainPending($h); } finally { $.endHandler(x); }`,
  );
  e.close();
  e.middle('} finally {');
  e.line(
    `{ const x = ${exit}; ${exit} = 0; if (${raised}) $.decref(x); else { ${at}$.withExitNormal(x); } }`,
  );
  e.close();
  e.done(exit);
}

// The `except` clauses: the first that matches handles `exc`, else it propagates.
function handlers(fc: FunctionCompiler, s: Node, exc: string): void {
  const e = fc.e;
  const handled = e.label('h');
  e.open(`${handled}: {`);
  const all = s.handlers as Node[];
  for (const h of all) {
    fc.setLine(h);
    if (!h.type && h !== all[all.length - 1]) throw new CompileError("default 'except:' must be last", h);
    e.open('{');
    if (h.type) {
      const t = fc.expr(h.type);
      const m = e.label('m');
      e.line(`const ${m} = $.exceptionMatches(${exc}, ${t});`);
      e.release(t);
      e.open(`if (${m}) {`);
    } else {
      e.open('{');
    }
    handlerBody(fc, h, exc);
    e.line(`break ${handled};`);
    e.close();
    e.close();
  }
  e.line(`throw $.reraiseCaught(${exc});`);
  e.close();
}

// One target unpacking a tuple display of the same length, 1 to 3 items, nothing starred.
function swapsInsteadOfTuple(targets: Node[], value: Node): boolean {
  if (targets.length !== 1 || value._type !== 'Tuple') return false;
  const target = targets[0];
  if (target._type !== 'Tuple' && target._type !== 'List') return false;
  const n = (value.elts as Node[]).length;
  if (n < 1 || n > 3 || (target.elts as Node[]).length !== n) return false;
  const starred = (x: Node) => x._type === 'Starred';
  return !(value.elts as Node[]).some(starred) && !(target.elts as Node[]).some(starred);
}

/**
 * An except handler's body; with `as name`, the name is bound to the exception (borrowed
 * `exc`) for the body and set to None then deleted afterwards, as CPython's cleanup does.
 */
export function handlerBody(fc: FunctionCompiler, h: Node, exc: string): void {
  const e = fc.e;
  if (!h.name) {
    fc.block(h.body);
    return;
  }
  const v = e.temp();
  e.line(`${v} = $.ref(${exc});`);
  storeName(fc, h.name, v);
  e.open('try {');
  fc.block(h.body);
  e.middle('} finally {');
  const none = e.temp();
  e.line(`${none} = $.newNone();`);
  storeName(fc, h.name, none);
  deleteNameQuiet(fc, h.name);
  e.close();
}
