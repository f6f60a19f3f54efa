// Printing exceptions as CPython does: tracebacks (with chained causes and contexts),
// SyntaxErrors with their caret line, and "Exception ignored in" for unraisable errors.

import { NULL, type Ptr } from '../../heap/index.js';
import type { Node } from '../compiler/index.js';
import { isWideChar } from '../modules/unicodedata.js';
import { parse } from '../syntax/index.js';
import { EXC, PyException } from './exceptions.js';
import { FRAME, TB } from './frames.js';
import { Interpreter } from './interp.js';
import { utf8 } from './methods.js';

declare module './interp.js' {
  interface Interpreter {
    formatSyntaxError(
      kind: string,
      msg: string,
      filename: string,
      lineno: number,
      offset: number,
      endOffset: number,
      text: string | null,
      endLineno?: number,
    ): string;
  }
}

const I = Interpreter.prototype;

/** PyTraceBack_LIMIT: the entries a traceback prints when sys.tracebacklimit is not set. */
export const TRACEBACK_LIMIT = 1000;

declare module './interp.js' {
  interface Interpreter {
    /**
     * The lines `  File …` (with source and carets) of a traceback chain, oldest call first;
     * only the newest `limit` entries, as tb_printinternal keeps them.
     */
    tracebackLines(tb: Ptr, limit?: number): string[];
    exceptionLine(exc: Ptr): string;
    /**
     * True while the traceback module formats: 3.11's traceback.py offers no "Did you mean",
     * and anchors its carets after a `)` its own way.
     */
    noSuggestions?: boolean;
    /** The `limit` given to the traceback function formatting now (first entries, or last if negative). */
    tracebackLimitArg?: number;
  }
}

I.tracebackLines = function (this: Interpreter, tb: Ptr, limit = TRACEBACK_LIMIT): string[] {
  const rt = this.space.rt;
  const hidden = this.hiddenTracebackFiles;
  const entries: Ptr[] = [];
  for (; tb !== NULL; tb = rt.mem.u32[(tb + TB.next) >>> 2] as Ptr) {
    const frame = rt.mem.u32[(tb + TB.frame) >>> 2] as Ptr;
    const code = this.codeOf(rt.mem.u32[(frame + FRAME.code) >>> 2] as Ptr);
    if (hidden === undefined || hidden === null || !hidden.has(code.unit.filename)) entries.push(tb);
  }
  let shown: Ptr[];
  if (this.noSuggestions) {
    // traceback.py's extract: `limit` given to the function, else sys.tracebacklimit (a
    // negative one is 0); the first `limit` entries, or the last `-limit` of a negative one.
    const arg = this.tracebackLimitArg ?? moduleTracebackLimit(this);
    shown =
      arg === null
        ? entries
        : arg >= 0
          ? entries.slice(0, arg)
          : entries.slice(Math.max(0, entries.length + arg));
  } else {
    // tb_printinternal: entries past the limit are dropped from the oldest end.
    shown = entries.length > limit ? entries.slice(entries.length - limit) : entries;
  }
  const out: string[] = [];
  let lastKey = '';
  let repeats = 0;
  const flushRepeats = () => {
    if (repeats > 3)
      out.push(`  [Previous line repeated ${repeats - 3} more time${repeats - 3 === 1 ? '' : 's'}]\n`);
    repeats = 0;
  };
  for (const entry of shown) {
    const frame = rt.mem.u32[(entry + TB.frame) >>> 2] as Ptr;
    const line = rt.mem.i32[(entry + TB.lineno) >>> 2];
    const code = this.codeOf(rt.mem.u32[(frame + FRAME.code) >>> 2] as Ptr);
    const key = `${code.unit.filename}:${line}:${code.unit.name}`;
    if (key === lastKey) {
      repeats++;
      if (repeats > 3) continue;
    } else {
      flushRepeats();
      lastKey = key;
      repeats = 1;
    }
    out.push(`  File "${code.unit.filename}", line ${line}, in ${code.unit.name}\n`);
    // Once finalize_modules has emptied sys.modules, _Py_DisplaySourceLine cannot import io
    // and prints no source line (finalizers run during module teardown show none).
    const src =
      this.finalizing && this.noSuggestions !== true
        ? undefined
        : this.sources.get(code.unit.filename)?.[line - 1];
    if (src !== undefined && src.trim() !== '') {
      // traceback.py strips the line; display_source_line_with_margin keeps trailing blanks.
      const shownLine = this.noSuggestions ? src.trim() : src.replace(/^[ \t\f]+/, '').replace(/\r$/, '');
      out.push(`    ${shownLine}\n`);
      const k = rt.mem.i32[(entry + TB.lasti) >>> 2];
      const p = code.unit.positions;
      if (k > 0) {
        const c = carets(
          src,
          p[4 * k],
          p[4 * k + 1],
          p[4 * k + 2],
          p[4 * k + 3],
          this.noSuggestions === true,
        );
        if (c !== '') out.push(c);
      }
    }
  }
  flushRepeats();
  return out;
};

/** sys.tracebacklimit when it is set to an int, else null. */
export function sysTracebackLimit(interp: Interpreter): bigint | null {
  const sys = interp.modules.get('sys');
  if (sys === undefined) return null;
  const n = interp.n;
  const v = n.dictGet(interp.moduleDict(sys), n.intern('tracebacklimit'));
  return v === NULL || !n.isInt(v) ? null : n.intBig(v);
}

// sys.tracebacklimit as traceback.py reads it: null when unset or not an int, a negative
// one is 0.
function moduleTracebackLimit(interp: Interpreter): number | null {
  const big = sysTracebackLimit(interp);
  if (big === null) return null;
  return big <= 0n ? 0 : big > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(big);
}

I.exceptionLine = function (this: Interpreter, exc: Ptr): string {
  const type = this.space.rt.typeObject(exc);
  let name = this.typeName(type);
  if (this.classes.has(type)) {
    const mod = this.typeLookupOwn(type, '__module__');
    const q = this.space.rt.mem.u32[(type + 80) >>> 2] as Ptr;
    name = q === NULL ? name : this.n.jsStr(q);
    if (mod !== null && mod !== '__main__' && mod !== 'builtins') name = `${mod}.${name}`;
  }
  let text: string;
  try {
    text = this.strOf(exc);
  } catch {
    text = '<exception str() failed>';
  }
  const line = text === '' ? name : `${name}: ${text}`;
  const suggestion = this.noSuggestions ? null : this.suggestFor(exc);
  return suggestion === null ? line : `${line}. Did you mean: '${suggestion}'?`;
};

declare module './interp.js' {
  interface Interpreter {
    suggestFor(exc: Ptr): string | null;
  }
}

// _Py_Offer_Suggestions: a close name for NameError (locals, globals, builtins) and
// AttributeError (dir(obj)).
I.suggestFor = function (this: Interpreter, exc: Ptr): string | null {
  const type = this.space.rt.typeObject(exc);
  const n = this.n;
  const field = (f: string) => {
    const off = this.exc.fieldOffset(type, f);
    return off < 0 ? NULL : this.exc.get(exc, off);
  };
  const name = field('name');
  if (name === NULL || !n.isStr(name)) return null;
  const wanted = n.jsStr(name);
  try {
    if (this.exc.isSubtype(type, this.exc.type('AttributeError'))) {
      const obj = field('obj');
      if (obj === NULL) return null;
      const d = this.dir(obj);
      try {
        return calculateSuggestion(
          n.listItems(d).map((x) => n.jsStr(x)),
          wanted,
        );
      } finally {
        this.decref(d);
      }
    }
    if (this.exc.isSubtype(type, this.exc.type('NameError'))) {
      let tb = this.exc.get(exc, EXC.traceback);
      let last = NULL;
      while (tb !== NULL) {
        last = tb;
        tb = this.space.rt.mem.u32[(tb + TB.next) >>> 2] as Ptr;
      }
      if (last !== NULL) {
        const frame = this.space.rt.mem.u32[(last + TB.frame) >>> 2] as Ptr;
        const code = this.codeOf(this.space.rt.mem.u32[(frame + FRAME.code) >>> 2] as Ptr);
        const locals = [...code.unit.varnames, ...code.unit.cellvars].sort();
        const s1 = calculateSuggestion(locals, wanted);
        if (s1 !== null) return s1;
      }
      const main = this.modules.get('__main__');
      if (main !== undefined) {
        const s2 = calculateSuggestion(
          n
            .dictItems(this.moduleDict(main))
            .map(([k]) => n.jsStr(k))
            .sort(),
          wanted,
        );
        if (s2 !== null) return s2;
      }
      return calculateSuggestion(
        n
          .dictItems(this.builtinsDict)
          .map(([k]) => n.jsStr(k))
          .sort(),
        wanted,
      );
    }
  } catch {
    return null;
  }
  return null;
};

const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  const la = a >= 65 && a <= 90 ? a + 32 : a;
  const lb = b >= 65 && b <= 90 ? b + 32 : b;
  return la === lb ? CASE_COST : MOVE_COST;
}

// suggestions.c's levenshtein_distance over UTF-8 bytes.
function levenshtein(aStr: string, bStr: string, maxCost: number): number {
  let a = Array.from(utf8(aStr));
  let b = Array.from(utf8(bStr));
  while (a.length && b.length && a[0] === b[0]) {
    a = a.slice(1);
    b = b.slice(1);
  }
  while (a.length && b.length && a[a.length - 1] === b[b.length - 1]) {
    a = a.slice(0, -1);
    b = b.slice(0, -1);
  }
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > 40 || b.length > 40) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer = a.map((_, i) => (i + 1) * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi];
    let distance = bi * MOVE_COST;
    result = distance;
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i]);
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

function calculateSuggestion(candidates: string[], name: string): string | null {
  if (candidates.length >= 750) return null;
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  const nameSize = utf8(name).length;
  for (const item of candidates) {
    if (item === name) continue;
    let maxDistance = Math.trunc(((nameSize + utf8(item).length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

I.formatSyntaxError = function (
  this: Interpreter,
  kind,
  msg,
  filename,
  lineno,
  offset,
  endOffset,
  text,
  endLineno = lineno,
): string {
  let out = `  File "${filename}", line ${lineno}\n`;
  if (text !== null) {
    // print_exception: only SyntaxError itself shows a range (its subclasses one caret); a
    // range running past the line ends with it, and never goes beyond the text.
    const exact = kind === 'SyntaxError';
    let end = exact ? endOffset : -1;
    const lineSize = utf8(text).length;
    if (exact && endLineno > lineno) end = lineSize;
    if (end > lineSize + 1) end = lineSize + 1;
    out += errorText(offset, end, text);
  }
  return msg === '' ? `${out}${kind}\n` : `${out}${kind}: ${msg}\n`;
};

/** print_error_text: the source line without its indent and the caret line under it. */
function errorText(offset: number, endOffset: number, source: string): string {
  const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  let at = offset - 1;
  let text = source;
  while (text !== '' && (text[0] === ' ' || text[0] === '\t' || text[0] === '\f')) {
    text = text.slice(1);
    at--;
  }
  let len = utf8(text).length;
  if (len > 0 && text.endsWith('\n')) len--;
  if (at > len) at = len;
  // Skip past newlines embedded in the text that come before the offset (in UTF-8 bytes,
  // as the offset and the length are).
  for (;;) {
    const nl = text.indexOf('\n');
    if (nl < 0) break;
    const inl = utf8(text.slice(0, nl)).length;
    if (inl >= at) break;
    text = text.slice(nl + 1);
    len -= inl + 1;
    at -= inl + 1;
  }
  let out = `    ${text}`;
  if (!text.endsWith('\n') || utf8(text).length - 1 !== len) out += '\n';
  if (at < 0) return out;
  return `${out}    ${' '.repeat(at)}${'^'.repeat(carets)}\n`;
}

/** Reports an error nobody can catch (a __del__ or callback that raised). */
I.writeUnraisable = function (this: Interpreter, error: unknown, obj: Ptr, msg?: string): void {
  // The error is swallowed here: its exception object (with the traceback, frames and the
  // locals they hold) is released, as PyErr_WriteUnraisable clears the error.
  const exc = error instanceof PyException ? error.exc : this.toException(error);
  // An error without a traceback (raised by the runtime itself) shows the current frame.
  if (this.exc.get(exc, EXC.traceback) === NULL && this.depth >= 1)
    this.addTraceback(exc, this.frameCode[this.depth], this.depth);
  try {
    // A Python-level sys.unraisablehook other than the default gets the details, err_msg
    // "Exception ignored <msg>" (None without one, as for PyErr_WriteUnraisable).
    const sys = this.modules.get('sys');
    const n = this.n;
    if (sys !== undefined) {
      const d = this.moduleDict(sys);
      const hook = n.dictGet(d, n.intern('unraisablehook'));
      const dflt = n.dictGet(d, n.intern('__unraisablehook__'));
      const argsType = n.dictGet(d, n.intern('_UnraisableHookArgs'));
      if (hook !== NULL && hook !== dflt && argsType !== NULL) {
        const tb = this.exc.get(exc, EXC.traceback);
        const errMsg = msg === undefined ? this.newNone() : n.str(`Exception ignored ${msg}`);
        let info: Ptr;
        try {
          info = this.callBorrowed(argsType, [
            this.space.rt.typeObject(exc),
            exc,
            tb === NULL ? this.none : tb,
            errMsg,
            obj === NULL ? this.none : obj,
          ]);
        } finally {
          this.decref(errMsg);
        }
        this.incref(hook);
        try {
          this.decref(this.callBorrowed(hook, [info]));
        } catch (hookError) {
          // sys.unraisablehook failed: its own error goes to the default hook.
          this.writeUnraisableDefault(hookError, hook, 'in sys.unraisablehook');
        } finally {
          this.decref(info);
          this.decref(hook);
        }
        return;
      }
    }
    writeDefault(this, exc, obj, msg);
  } finally {
    this.decref(exc);
  }
};

I.writeUnraisableDefault = function (this: Interpreter, error: unknown, obj: Ptr, msg?: string): void {
  const exc = error instanceof PyException ? error.exc : this.toException(error);
  if (this.exc.get(exc, EXC.traceback) === NULL && this.depth >= 1)
    this.addTraceback(exc, this.frameCode[this.depth], this.depth);
  try {
    writeDefault(this, exc, obj, msg);
  } finally {
    this.decref(exc);
  }
};

// write_unraisable_exc_file: "Exception ignored <msg>: <repr(obj)>" (msg "in" without one;
// no object, or None: "Exception ignored <msg>:"), then the exception's own traceback.
function writeDefault(interp: Interpreter, exc: Ptr, obj: Ptr, msg: string | undefined): void {
  let where = '';
  try {
    where = obj === NULL || obj === interp.none ? '' : ` ${interp.reprOf(obj)}`;
  } catch {
    where = '';
  }
  // write_unraisable_exc_file prints the exception's own traceback, not its chain.
  interp.writeStderr(`Exception ignored ${msg ?? 'in'}:${where}\n${interp.formatOne(exc)}`);
}

// UTF-8 byte offset in `line` → character offset.
function charOffset(line: string, byteOffset: number): number {
  let bytes = 0;
  let chars = 0;
  for (const ch of line) {
    if (bytes >= byteOffset) break;
    const c = ch.codePointAt(0) ?? 0;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    chars += ch.length;
  }
  return chars;
}

/**
 * tb_displayline's caret line (CPython 3.11 traceback.c): `^` under the failing
 * instruction, `~`/`^` split for binary operators and subscripts; nothing when the
 * instruction spans the whole line. `pythonTraceback` picks the anchors of traceback.py's
 * `_extract_caret_anchors_from_line_segment`, which differ from the C ones after a `)`.
 */
export function carets(
  source: string,
  line: number,
  endLine: number,
  col: number,
  endCol: number,
  pythonTraceback = false,
): string {
  if (col < 0 || endCol < 0 || line <= 0) return '';
  const stripped = source.replace(/^[ \t\f]+/, '');
  const truncation = source.length - stripped.length;
  const start = charOffset(source, col);
  let end = charOffset(source, endCol);
  let left = -1;
  let right = -1;
  let primary = '^';
  const secondary = '^';
  if (line === endLine) {
    const anchors = extractAnchors(source.slice(start, end), pythonTraceback);
    if (anchors !== null) {
      [left, right] = [anchors[0] + start, anchors[1] + start];
      primary = '~';
    }
  } else {
    end = pythonTraceback ? source.replace(/\s+$/, '').length : source.length;
  }
  // traceback.py compares with the stripped line, the interpreter's printer with the line
  // as it shows it (trailing blanks included).
  const strippedLen = (pythonTraceback ? source.replace(/\s+$/, '').length : source.length) - truncation;
  const secondaries = left !== -1 || right !== -1;
  if (end - start === strippedLen && !secondaries) return '';
  // Each character takes its display width (traceback.py's _display_width: wide East Asian
  // characters take two columns).
  const ascii = !/[\u0080-\uffff]/.test(source);
  let out = '    ';
  for (let offset = truncation + 1; offset <= end; offset++) {
    let mark: string;
    if (offset <= start) mark = ' ';
    else if (secondaries && left < offset && offset <= right) mark = secondary;
    else mark = primary;
    const cp = ascii ? 0 : (source.codePointAt(offset - 1) ?? 0);
    if (cp < 0x80) out += mark;
    else if (cp >= 0xdc00 && cp <= 0xdfff && offset >= 2 && (source.codePointAt(offset - 2) ?? 0) > 0xffff)
      continue; // the second half of a character outside the BMP
    else out += isWideChar(cp) ? mark + mark : mark;
  }
  return `${out}\n`;
}

// extract_anchors_from_expr (CPython 3.11.7 traceback.c): parse the segment; a BinOp
// anchors on its operator (past any `)` closing the left operand), a Subscript on its
// brackets (from the `[` after the value to the `]` after the index). Offsets are in
// characters; the parser's are UTF-8 bytes.
function extractAnchors(segment: string, pythonTraceback: boolean): [number, number] | null {
  let tree: { body: { _type: string; value?: Node }[] };
  try {
    tree = parse(segment, '<segment>') as never;
  } catch {
    return null;
  }
  if (tree.body.length !== 1 || tree.body[0]._type !== 'Expr') return null;
  const expr = tree.body[0].value as Node;
  const at = (byteOffset: number) => charOffset(segment, byteOffset);
  const blank = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\f';
  if (expr._type === 'BinOp' && pythonTraceback) {
    // traceback.py: the first non-space after the left operand, then past `)` and `#`.
    const leftEnd = at(expr.left.end_col_offset);
    const op = segment.slice(leftEnd, at(expr.right.col_offset));
    const skip = op.length - op.trimStart().length;
    let left = leftEnd + skip;
    let right = left + 1;
    if (skip + 1 < op.length && !/\s/.test(op[skip + 1])) right++;
    while (left < segment.length && /[\s)#]/.test(segment[left])) {
      left++;
      right++;
    }
    return [left, right];
  }
  if (expr._type === 'BinOp') {
    const rightStart = at(expr.right.col_offset);
    let anchors: [number, number] | null = null;
    for (let i = at(expr.left.end_col_offset); i < rightStart; i++) {
      if (blank(segment[i])) continue;
      anchors = [i, i + 1];
      if (i + 1 < rightStart && !blank(segment[i + 1])) anchors[1]++;
      if (i + 1 < rightStart && segment[i] === ')') continue;
      break;
    }
    return anchors;
  }
  if (expr._type === 'Subscript') {
    let left = at(expr.value.end_col_offset);
    let right = at(expr.slice.end_col_offset) + 1;
    while (left < segment.length && segment[left] !== '[') left++;
    while (right < segment.length && segment[right] !== ']') right++;
    if (right < segment.length) right++;
    return [left, right];
  }
  return null;
}
