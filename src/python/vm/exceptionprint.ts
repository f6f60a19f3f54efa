// Printing an exception as CPython 3.11's pythonrun.c does (print_exception_recursive):
// the chain of causes and contexts (each exception once), the traceback, the message line,
// the notes, and exception groups drawn as nested boxes:
//
//   + Exception Group Traceback (most recent call last):
//   |   File "x.py", line 1, in <module>
//   | ExceptionGroup: many (2 sub-exceptions)
//   +-+---------------- 1 ----------------
//     | ValueError: a
//     +---------------- 2 ----------------
//     | TypeError: b
//     +------------------------------------

import { NULL, type Ptr } from '../../heap/index.js';
import { EXC } from './exceptions.js';
import { Interpreter } from './interp.js';
import { sysTracebackLimit, TRACEBACK_LIMIT } from './traceback.js';

declare module './interp.js' {
  interface Interpreter {
    /** The whole report of an uncaught exception (chain, tracebacks, groups). */
    formatException(exc: Ptr): string;
    /** One exception's traceback, message and notes, without its chain. */
    formatOne(exc: Ptr): string;
  }
}

const I = Interpreter.prototype;

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;
const CAUSE = 'The above exception was the direct cause of the following exception:\n';
const CONTEXT = 'During handling of the above exception, another exception occurred:\n';

/** struct exception_print_context. */
interface PrintContext {
  out: string[];
  seen: Set<number>;
  depth: number;
  needClose: boolean;
}

const indent = (ctx: PrintContext) => ' '.repeat(2 * ctx.depth);
const margin = (ctx: PrintContext) => `${indent(ctx)}${ctx.depth > 0 ? '| ' : ''}`;

I.formatException = function (this: Interpreter, exc: Ptr): string {
  const ctx: PrintContext = { out: [], seen: new Set(), depth: 0, needClose: false };
  printRecursive(this, ctx, exc);
  return ctx.out.join('');
};

I.formatOne = function (this: Interpreter, exc: Ptr): string {
  const ctx: PrintContext = { out: [], seen: new Set(), depth: 0, needClose: false };
  printOne(this, ctx, exc);
  return ctx.out.join('');
};

function printRecursive(interp: Interpreter, ctx: PrintContext, exc: Ptr): void {
  // print_exception_invalid_type: what is no exception is named, never read as one.
  if (!interp.isExceptionInstance(exc)) {
    ctx.out.push(
      `TypeError: print_exception(): Exception expected for value, ${interp.space.typeName(exc)} found\n`,
    );
    return;
  }
  // print_exception_cause_and_context
  ctx.seen.add(exc);
  const cause = interp.exc.get(exc, EXC.cause);
  if (cause !== NULL && !ctx.seen.has(cause)) printChained(interp, ctx, cause, CAUSE);
  if (interp.space.rt.mem.u8[exc + EXC.suppress] === 0) {
    const context = interp.exc.get(exc, EXC.context);
    if (context !== NULL && !ctx.seen.has(context)) printChained(interp, ctx, context, CONTEXT);
  }
  if (interp.isExceptionGroup(exc)) printGroup(interp, ctx, exc);
  else printOne(interp, ctx, exc);
}

function printChained(interp: Interpreter, ctx: PrintContext, exc: Ptr, message: string): void {
  const needClose = ctx.needClose;
  printRecursive(interp, ctx, exc);
  const m = margin(ctx);
  ctx.out.push(`${m}\n`, `${m}${message}`, `${m}\n`);
  ctx.needClose = needClose;
}

// print_exception: traceback, message line (or a SyntaxError's detail), notes.
function printOne(interp: Interpreter, ctx: PrintContext, exc: Ptr): void {
  const m = margin(ctx);
  const tb = interp.exc.get(exc, EXC.traceback);
  // A traceback whose frames are all hidden (unittest's own) prints no header, as CPython's
  // unittest prints none after dropping its frames from the traceback.
  const limit = tracebackLimit(interp);
  // (The traceback module applies its own limit: see tracebackLines.)
  const lines = tb === NULL || (limit <= 0 && !interp.noSuggestions) ? [] : interp.tracebackLines(tb, limit);
  if (lines.length > 0) {
    const group = interp.isExceptionGroup(exc);
    const headerMargin = group && ctx.depth === 1 ? `${indent(ctx)}+ ` : m;
    ctx.out.push(
      `${headerMargin}${group ? 'Exception Group Traceback' : 'Traceback'} (most recent call last):\n`,
    );
    for (const line of lines) ctx.out.push(m + line.replace(/\n(?=.)/g, `\n${m}`));
  }
  const syntax = interp.syntaxErrorDetail(exc);
  if (syntax !== null) {
    for (const line of syntax.split(/(?<=\n)/)) ctx.out.push(m + line);
  } else {
    ctx.out.push(`${m}${interp.exceptionLine(exc)}\n`);
  }
  printNotes(interp, ctx, exc);
}

// PyTraceBack_Print's limit: sys.tracebacklimit when it is an int (one past a C long is
// no limit; zero or less prints no traceback at all), else PyTraceBack_LIMIT.
function tracebackLimit(interp: Interpreter): number {
  const big = sysTracebackLimit(interp);
  if (big === null) return TRACEBACK_LIMIT;
  if (big > 0x7fffffffffffffffn) return Number.POSITIVE_INFINITY;
  return big <= 0n ? 0 : Number(big);
}

// print_exception_notes: each line of a str note, str() of another; a __notes__ that is
// not a sequence by its repr, with no newline after it. A str or bytes is a sequence too
// (each character, or byte value, a note); traceback.py leaves a None __notes__ out.
function printNotes(interp: Interpreter, ctx: PrintContext, exc: Ptr): void {
  const n = interp.n;
  const d = interp.exc.get(exc, EXC.dict);
  const notes = d === NULL ? NULL : n.dictGet(d, n.intern('__notes__'));
  if (notes === NULL || (notes === interp.none && interp.noSuggestions)) return;
  const m = margin(ctx);
  const listed = n.isList(notes) || n.isTuple(notes);
  if (!listed && !n.isStr(notes) && !n.isBytes(notes)) {
    let text: string;
    try {
      text = interp.reprOf(notes);
    } catch {
      text = '<__notes__ repr() failed>';
    }
    ctx.out.push(`${m}${text}`);
    return;
  }
  const owned = listed ? null : interp.iterToArray(notes);
  const items = owned ?? (n.isList(notes) ? n.listItems(notes) : n.tupleItems(notes));
  try {
    printNoteItems(interp, ctx, m, items);
  } finally {
    if (owned !== null) for (const c of owned) interp.decref(c);
  }
}

// The notes of a sequence __notes__, one by one.
function printNoteItems(interp: Interpreter, ctx: PrintContext, m: string, items: Ptr[]): void {
  const n = interp.n;
  for (const note of items) {
    if (n.isStr(note)) {
      const text = n.jsStr(note);
      if (text !== '') for (const line of text.split(/(?<=\r\n|\n|\r)/)) ctx.out.push(m + line);
      ctx.out.push('\n');
    } else {
      let text: string;
      try {
        text = interp.strOf(note);
      } catch {
        text = '<note str() failed>';
      }
      ctx.out.push(`${m}${text}\n`);
    }
  }
}

function printGroup(interp: Interpreter, ctx: PrintContext, exc: Ptr): void {
  if (ctx.depth > MAX_GROUP_DEPTH) {
    ctx.out.push(`${margin(ctx)}... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    return;
  }
  if (ctx.depth === 0) ctx.depth += 1;
  printOne(interp, ctx, exc);
  const excs = groupExceptions(interp, exc);
  const count = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < count; i++) {
    const last = i === count - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    const label = truncated ? '...' : String(i + 1);
    ctx.out.push(`${indent(ctx)}${i === 0 ? '+-' : '  '}+---------------- ${label} ----------------\n`);
    ctx.depth += 1;
    if (!truncated) printRecursive(interp, ctx, excs[i]);
    else {
      const remaining = excs.length - MAX_GROUP_WIDTH;
      ctx.out.push(`${margin(ctx)}and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      ctx.out.push(`${indent(ctx)}+------------------------------------\n`);
      ctx.needClose = false;
    }
    ctx.depth -= 1;
  }
  if (ctx.depth === 1) ctx.depth -= 1;
  for (const x of excs) interp.decref(x);
}

// The group's `exceptions` tuple, as owned references.
function groupExceptions(interp: Interpreter, exc: Ptr): Ptr[] {
  const t = interp.getAttr(exc, interp.n.intern('exceptions'));
  try {
    return interp.n.tupleItems(t).map((x) => interp.ref(x));
  } finally {
    interp.decref(t);
  }
}
