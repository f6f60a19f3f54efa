// Python 3.11's tokenizer (Parser/tokenizer.c) over a JS string. It turns source into NAME,
// NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT and ENDMARKER tokens. Indentation is measured twice,
// with tabs to 8 columns and to 1 column, and the two must agree (else TabError), as CPython does.
// A tokenizer error does not throw at once: it becomes an ERROR token carrying the error, so the
// parser raises it only if it gets that far, like CPython's lazy tokenizer.

import { PySyntaxError, type SyntaxErrorKind, withEndOffset } from './errors.js';
import { scanNumberAt } from './numbers.js';
import { OPERATORS, Tok, type Token } from './tokens.js';

/** The tokenizer's output: tokens (ending in ENDMARKER or an ERROR token) and the source lines. */
export interface Tokenized {
  tokens: Token[];
  /** Source lines, each with its trailing '\n' (after CRLF/CR normalisation). */
  lines: string[];
}

const TABSIZE = 8;
/** CPython's limit on bracket nesting (MAXLEVEL in Parser/tokenizer.h). */
const MAXLEVEL = 200;
/** Characters Python's str.isprintable() rejects (space excepted). */
const NONPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const OPENERS = '([{';
const CLOSERS = ')]}';
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf']);
const ID_START = /[\p{L}\p{Nl}_\u1885\u1886\u2118\u212E\u309B\u309C]/u;
const ID_CONT =
  /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_\u00B7\u0387\u1369-\u1371\u19DA\u1885\u1886\u2118\u212E\u309B\u309C]/u;
/** Operators grouped by length (index 0: one character). */
const OPS_BY_LENGTH: readonly ReadonlySet<string>[] = [1, 2, 3].map(
  (len) => new Set(OPERATORS.filter((o) => o.length === len)),
);

/** Whether a code unit may continue an identifier (the fast ASCII path first). */
function isIdChar(c: string): boolean {
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || (k >= 48 && k <= 57) || k === 95;
  return ID_CONT.test(c) || ID_START.test(c);
}

/** Number of UTF-8 bytes in a string (columns in ast are byte offsets). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i);
    if (k < 0x80) n += 1;
    else if (k < 0x800) n += 2;
    else if (k >= 0xd800 && k <= 0xdbff && i + 1 < s.length) {
      const k2 = s.charCodeAt(i + 1);
      if (k2 >= 0xdc00 && k2 <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** Normalises newlines (CRLF and CR become LF) and drops a leading BOM, as CPython's decoder does. */
export function normaliseSource(src: string): string {
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  if (src.includes('\r')) src = src.replace(/\r\n?/g, '\n');
  return src;
}

/** Splits source into lines keeping each '\n'. */
export function splitLines(src: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (;;) {
    const nl = src.indexOf('\n', start);
    if (nl < 0) break;
    lines.push(src.slice(start, nl + 1));
    start = nl + 1;
  }
  if (start < src.length) lines.push(src.slice(start));
  return lines;
}

/**
 * Tokenizes normalised Python source. `firstLine`/`firstCol` shift positions (used for the
 * expressions inside f-strings, which CPython tokenizes separately with a starting offset).
 */
export function tokenize(src: string, filename: string, firstLine = 1, firstCol = 0): Tokenized {
  const lines = splitLines(src);
  const ascii = lines.map((l) => !/[\u0080-\uffff]/.test(l));
  const tokens: Token[] = [];
  const indents = [0];
  // tokenizer.c's MAXINDENT: at most 99 nested blocks.
  const MAXINDENT = 100;
  const altIndents = [0];
  const parens: { ch: string; lineno: number; cs: number }[] = [];
  let li = 0; // current line index
  let lineStart = 0; // absolute index of the line's first character
  let pos = 0;
  let atBol = true;
  let commentAt = -1;
  let failed = false;
  const n = src.length;

  const lineNo = (idx: number): number => idx + firstLine;
  const bcol = (idx: number, ch: number): number => {
    const base = idx === 0 ? firstCol : 0;
    if (ascii[idx]) return base + ch;
    return base + utf8Length((lines[idx] ?? '').slice(0, ch));
  };
  /** Character column as CPython counts it (code points, so a surrogate pair is one). */
  const ccol = (idx: number, ch: number): number => {
    const base = idx === 0 ? firstCol : 0;
    if (ascii[idx]) return base + ch;
    const pairs = (lines[idx] ?? '').slice(0, ch).match(/[\ud800-\udbff][\udc00-\udfff]/g);
    return base + ch - (pairs === null ? 0 : pairs.length);
  };
  const push = (type: Tok, s: string, l0: number, c0: number, l1: number, c1: number): void => {
    tokens.push({
      type,
      s,
      lineno: lineNo(l0),
      col: bcol(l0, c0),
      end_lineno: lineNo(l1),
      end_col: bcol(l1, c1),
      cs: ccol(l0, c0),
      ce: ccol(l1, c1),
      level: parens.length,
    });
  };
  const error = (
    kind: SyntaxErrorKind,
    msg: string,
    l0: number,
    c0: number,
    l1 = -1,
    c1 = -1,
  ): PySyntaxError => {
    const text = lines[l0] ?? '';
    return new PySyntaxError(
      kind,
      msg,
      filename,
      lineNo(l0),
      ccol(l0, c0) + 1,
      l1 < 0 ? lineNo(l0) : lineNo(l1),
      l1 < 0 ? ccol(l0, c0) + 1 : ccol(l1, c1) + 1,
      text,
    );
  };
  const fail = (err: PySyntaxError, parenLine?: number): void => {
    // At end of input inside brackets, CPython's tokenizer is already past the last newline.
    const eofLine = lineNo(src.endsWith('\n') ? lines.length : Math.max(0, lines.length - 1));
    const t: Token = {
      type: Tok.ERROR,
      s: '',
      lineno: parenLine === undefined ? err.lineno : eofLine,
      col: 0,
      end_lineno: err.lineno,
      end_col: 0,
      cs: err.offset - 1,
      ce: err.offset - 1,
      level: parens.length,
      err,
    };
    if (parenLine !== undefined) t.parenLine = parenLine;
    tokens.push(t);
    failed = true;
  };
  const newline = (): void => {
    li++;
    lineStart = pos;
  };

  while (!failed) {
    if (atBol) {
      atBol = false;
      let col = 0;
      let alt = 0;
      // A backslash continuation inside the indentation: the column where the first one stood
      // sets the level (0 counts as unset, as in CPython), else the continued line's indentation.
      let contCol = 0;
      for (;;) {
        const c = src[pos];
        if (c === ' ') {
          col++;
          alt++;
        } else if (c === '\t') {
          col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
          alt++;
        } else if (c === '\f') col = alt = 0;
        else if (c === '\\' && src[pos + 1] === '\n') {
          if (contCol === 0) contCol = col;
          const at = pos - lineStart;
          pos += 2;
          newline();
          if (pos >= n) {
            fail(withEndOffset(error('SyntaxError', 'unexpected EOF while parsing', li - 1, at + 1), -1));
            break;
          }
          continue;
        } else break;
        pos++;
      }
      if (failed) break;
      if (contCol !== 0) col = alt = contCol;
      const c = src[pos];
      const blank = c === '#' || c === '\n' || c === undefined;
      if (!blank && parens.length === 0) {
        const top = indents[indents.length - 1]!;
        const altTop = altIndents[altIndents.length - 1]!;
        if (col === top) {
          if (alt !== altTop) {
            fail(
              withEndOffset(
                error('TabError', 'inconsistent use of tabs and spaces in indentation', li, 0),
                0,
              ),
            );
            break;
          }
        } else if (col > top) {
          if (alt <= altTop) {
            fail(
              withEndOffset(
                error('TabError', 'inconsistent use of tabs and spaces in indentation', li, 0),
                0,
              ),
            );
            break;
          }
          if (indents.length >= MAXINDENT) {
            fail(withEndOffset(error('IndentationError', 'too many levels of indentation', li, 0), 0));
            break;
          }
          indents.push(col);
          altIndents.push(alt);
          push(Tok.INDENT, '', li, pos - lineStart - 1, li, pos - lineStart);
        } else {
          // The consistency check comes before any DEDENT is emitted, as in CPython.
          let pops = 0;
          while (indents.length - pops > 1 && col < indents[indents.length - 1 - pops]!) pops++;
          for (let k = 0; k < pops; k++) {
            indents.pop();
            altIndents.pop();
          }
          if (col === indents[indents.length - 1]) {
            for (let k = 0; k < pops; k++) push(Tok.DEDENT, '', li, pos - lineStart, li, pos - lineStart);
          }
          if (col !== indents[indents.length - 1]) {
            const e = withEndOffset(
              error(
                'IndentationError',
                'unindent does not match any outer indentation level',
                li,
                (lines[li] ?? '').replace(/\n$/, '').length,
              ),
              -1,
            );
            fail(e);
            break;
          }
          if (alt !== altIndents[altIndents.length - 1]) {
            fail(
              withEndOffset(
                error('TabError', 'inconsistent use of tabs and spaces in indentation', li, 0),
                0,
              ),
            );
            break;
          }
        }
      }
    }
    // Skip blanks between tokens.
    let c = src[pos];
    while (c === ' ' || c === '\t' || c === '\f') c = src[++pos];
    if (c === undefined) break;
    const start = pos - lineStart;
    if (c === '#') {
      // A NEWLINE after a comment starts where the comment does (CPython's tok->start).
      const nl = src.indexOf('\n', pos);
      pos = nl < 0 ? n : nl;
      commentAt = start;
      continue;
    }
    if (c === '\n') {
      const prev = tokens[tokens.length - 1];
      const blankLine =
        prev === undefined ||
        prev.type === Tok.NEWLINE ||
        prev.type === Tok.INDENT ||
        prev.type === Tok.DEDENT;
      const at = commentAt >= 0 ? commentAt : start;
      if (parens.length === 0 && !blankLine) push(Tok.NEWLINE, '', li, at, li, start + 1);
      commentAt = -1;
      pos++;
      newline();
      atBol = true;
      continue;
    }
    if (c === '\\') {
      if (src[pos + 1] === '\n') {
        pos += 2;
        newline();
        if (pos >= n) {
          fail(withEndOffset(error('SyntaxError', 'unexpected EOF while parsing', li - 1, start + 1), -1));
          break;
        }
        continue;
      }
      if (pos + 1 >= n) {
        // A backslash ending the source: the end of input follows it.
        fail(withEndOffset(error('SyntaxError', 'unexpected EOF while parsing', li, start + 1), -1));
        break;
      }
      fail(
        withEndOffset(
          error('SyntaxError', 'unexpected character after line continuation character', li, start + 1),
          0,
        ),
      );
      break;
    }
    const k = c.charCodeAt(0);
    // Identifiers, keywords and string prefixes (characters outside the BMP are surrogate pairs).
    const wide = k >= 0xd800 && k <= 0xdbff ? String.fromCodePoint(src.codePointAt(pos)!) : c;
    if ((k >= 97 && k <= 122) || (k >= 65 && k <= 90) || k === 95 || (k >= 128 && ID_START.test(wide))) {
      let e = pos + wide.length;
      while (e < n) {
        const kk = src.charCodeAt(e);
        const ascii =
          (kk >= 97 && kk <= 122) || (kk >= 65 && kk <= 90) || (kk >= 48 && kk <= 57) || kk === 95;
        if (ascii) {
          e++;
          continue;
        }
        if (kk < 128) break;
        const ch = kk >= 0xd800 && kk <= 0xdbff ? String.fromCodePoint(src.codePointAt(e)!) : src[e]!;
        if (!isIdChar(ch)) break;
        e += ch.length;
      }
      const word = src.slice(pos, e);
      const q = src[e];
      if ((q === '"' || q === "'") && STRING_PREFIXES.has(word.toLowerCase())) {
        if (!scanString(pos, e)) break;
        continue;
      }
      pos = e;
      push(Tok.NAME, k < 128 && ascii[li] ? word : word.normalize('NFKC'), li, start, li, e - lineStart);
      continue;
    }
    if ((k >= 48 && k <= 57) || (c === '.' && /[0-9]/.test(src[pos + 1] ?? ''))) {
      if (!scanNumber()) break;
      continue;
    }
    if (c === '"' || c === "'") {
      if (!scanString(pos, pos)) break;
      continue;
    }
    // Operators and brackets.
    let op = '';
    const s3 = src.slice(pos, pos + 3);
    if (OPS_BY_LENGTH[2]!.has(s3)) op = s3;
    else if (OPS_BY_LENGTH[1]!.has(s3.slice(0, 2))) op = s3.slice(0, 2);
    else if (OPS_BY_LENGTH[0]!.has(c)) op = c;
    if (op === '') {
      if (k >= 128 && !NONPRINTABLE.test(wide)) {
        const cp = src.codePointAt(pos)!;
        const ch = String.fromCodePoint(cp);
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        fail(error('SyntaxError', `invalid character '${ch}' (U+${hex})`, li, start));
      } else if (k < 32 || k === 127 || k >= 128) {
        const hex = src.codePointAt(pos)!.toString(16).toUpperCase().padStart(4, '0');
        fail(error('SyntaxError', `invalid non-printable character U+${hex}`, li, start));
      } else {
        // '!', '$', '?' and '`' are OP tokens no grammar rule accepts (as in CPython 3.11).
        pos++;
        push(Tok.OP, c, li, start, li, start + 1);
        continue;
      }
      break;
    }
    if (OPENERS.includes(op)) {
      if (parens.length >= MAXLEVEL) {
        fail(error('SyntaxError', 'too many nested parentheses', li, start));
        break;
      }
      push(Tok.OP, op, li, start, li, start + 1);
      parens.push({ ch: op, lineno: lineNo(li), cs: start });
      pos++;
      continue;
    }
    if (CLOSERS.includes(op)) {
      const open = parens.pop();
      if (open === undefined) {
        fail(error('SyntaxError', `unmatched '${op}'`, li, start));
        break;
      }
      const want = CLOSERS[OPENERS.indexOf(open.ch)];
      if (want !== op) {
        const where = open.lineno !== lineNo(li) ? ` on line ${open.lineno}` : '';
        const msg = `closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'${where}`;
        fail(error('SyntaxError', msg, li, start));
        break;
      }
    }
    pos += op.length;
    push(Tok.OP, op, li, start, li, start + op.length);
  }

  if (!failed) {
    const last = tokens[tokens.length - 1];
    const endLine = Math.max(0, lines.length - 1);
    const endCol = (lines[endLine] ?? '').replace(/\n$/, '').length;
    if (parens.length > 0) {
      const open = parens[parens.length - 1]!;
      const e = new PySyntaxError(
        'SyntaxError',
        `'${open.ch}' was never closed`,
        filename,
        open.lineno,
        open.cs + 1 + (open.lineno === firstLine ? firstCol : 0),
        open.lineno,
        0,
        lines[open.lineno - firstLine] ?? '',
      );
      fail(e, open.lineno);
    } else {
      if (
        last !== undefined &&
        last.type !== Tok.NEWLINE &&
        last.type !== Tok.DEDENT &&
        last.type !== Tok.INDENT
      ) {
        push(Tok.NEWLINE, '', endLine, endCol, endLine, endCol + 1);
      }
      // CPython leaves DEDENT and ENDMARKER at the end of the last line.
      while (indents.length > 1) {
        indents.pop();
        push(Tok.DEDENT, '', endLine, endCol, endLine, endCol);
      }
      push(Tok.ENDMARKER, '', endLine, endCol, endLine, endCol);
    }
  }
  return { tokens, lines };

  /** Scans a number literal at pos; false after a tokenizer error. */
  function scanNumber(): boolean {
    const r = scanNumberAt(src, pos);
    if ('error' in r) {
      const end = r.endAt === undefined ? -1 : r.endAt - lineStart;
      fail(error('SyntaxError', r.error, li, r.at - lineStart, r.endAt === undefined ? -1 : li, end));
      return false;
    }
    const start = pos - lineStart;
    pos += r.text.length;
    push(Tok.NUMBER, r.text, li, start, li, pos - lineStart);
    return true;
  }

  /** Scans a string literal whose prefix starts at `from` and quote at `q`; false after an error. */
  function scanString(from: number, q: number): boolean {
    const l0 = li;
    const c0 = from - lineStart;
    const quote = src[q]!;
    const triple = src[q + 1] === quote && src[q + 2] === quote;
    let p = q + (triple ? 3 : 1);
    for (;;) {
      if (p >= n) {
        const lastLine = lineNo(Math.max(0, lines.length - 1));
        const msg = triple
          ? `unterminated triple-quoted string literal (detected at line ${lastLine})`
          : `unterminated string literal (detected at line ${lineNo(Math.min(li, lines.length - 1))})`;
        fail(error('SyntaxError', msg, l0, c0));
        return false;
      }
      const c = src[p]!;
      if (c === '\\') {
        if (src[p + 1] === '\n') {
          p += 2;
          newline();
          lineStart = p;
          continue;
        }
        p += 2;
        continue;
      }
      if (c === '\n') {
        if (!triple) {
          fail(error('SyntaxError', `unterminated string literal (detected at line ${lineNo(li)})`, l0, c0));
          return false;
        }
        p++;
        newline();
        lineStart = p;
        continue;
      }
      if (c === quote && (!triple || (src[p + 1] === quote && src[p + 2] === quote))) {
        p += triple ? 3 : 1;
        break;
      }
      p++;
    }
    pos = p;
    push(Tok.STRING, src.slice(from, p), l0, c0, li, p - lineStart);
    return true;
  }
}
