// Entry points of the parser: source text in, an ast.Module (or ast.Expression) out, or a
// PySyntaxError. Also wires f-string replacement fields back into a fresh parser.

import type { Expr, Mod } from './ast.js';
import { PySyntaxError } from './errors.js';
import { StmtParser } from './statements.js';
import { normaliseSource, tokenize } from './tokenizer.js';
import { Tok } from './tokens.js';

/** What parse() builds: 'exec' gives a Module, 'eval' an Expression. */
export type ParseMode = 'exec' | 'eval';

/** A parser over one token stream that knows how to parse f-string fields. */
class Parser extends StmtParser {
  constructor(src: string, filename: string, firstLine = 1, firstCol = 0) {
    const { tokens, lines } = tokenize(src, filename, firstLine, firstCol);
    super(tokens, lines, filename);
    this.subParse = (text, lineno, col) => parseFString(text, filename, lineno, col);
  }

  /** Whether the tokenizer raised `e` (rather than the parser). */
  raisedByTokenizer(e: PySyntaxError): boolean {
    return this.isTokenizerError(e);
  }

  /** eval_input: expressions NEWLINE* ENDMARKER. */
  parseEval(): Expr {
    const e = this.starExpressions();
    while (this.peek().type === Tok.NEWLINE) this.advance();
    if (this.peek().type !== Tok.ENDMARKER) throw this.invalid();
    return e;
  }
}

/** Parses an f-string field written as "(expr)" placed at the '{' it replaces. */
function parseFString(text: string, filename: string, lineno: number, col: number): Expr {
  try {
    return new Parser(text, filename, lineno, col).parseEval();
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    // CPython reports errors inside a replacement field relative to the "(expr)" text itself,
    // with an "f-string: " prefix unless the tokenizer raised them.
    let rel = e;
    const p = new Parser(text, filename);
    try {
      p.parseEval();
    } catch (e2) {
      if (e2 instanceof PySyntaxError) rel = e2;
    }
    if (p.raisedByTokenizer(rel)) throw rel;
    const msg = `f-string: ${rel.msg}`;
    throw new PySyntaxError(
      rel.kind,
      msg,
      filename,
      rel.lineno,
      rel.offset,
      rel.end_lineno,
      rel.end_offset,
      text,
    );
  }
}

/**
 * Parses Python 3.11 source into an ast tree; throws PySyntaxError (and nothing else) on bad
 * input. `readingFile`: the source is a file's (a script or an imported module), whose parser
 * errors CPython locates in bytes (see fileErrorColumns).
 */
export function parse(
  source: string,
  filename = '<unknown>',
  mode: ParseMode = 'exec',
  readingFile = false,
): Mod {
  const src = normaliseSource(source);
  if (src.includes('\0')) {
    // CPython gives no line or offset here (None); 0 stands for none.
    throw new PySyntaxError(
      'SyntaxError',
      'source code string cannot contain null bytes',
      filename,
      0,
      0,
      0,
      0,
      null,
    );
  }
  const p = new Parser(src, filename);
  try {
    if (mode === 'eval') return { _type: 'Expression', body: p.parseEval() };
    return { _type: 'Module', body: p.parseFile(), type_ignores: [] };
  } catch (e) {
    if (e instanceof PySyntaxError) {
      const err = p.overrideError(e);
      // ("'(' was never closed" is pymm's tokenizer's, _PyPegen_set_syntax_error's in CPython.)
      const byParser = !p.raisedByTokenizer(err) || err.msg.endsWith(' was never closed');
      throw readingFile && byParser ? fileErrorColumns(err, source) : err;
    }
    if (e instanceof RangeError) {
      // The JS stack ran out on deeply nested source; CPython raises MemoryError with this text.
      const msg = 'Parser stack overflowed - Python source too complex to parse';
      throw new PySyntaxError('SyntaxError', msg, filename, 0, 0, 0, 0, null);
    }
    throw e;
  }
}

// A coding cookie on one of the first two lines (PEP 263), or a UTF-8 BOM.
const CODING_SPEC = /^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+/;

/**
 * A parser error in a file read without a coding cookie or BOM: CPython's tokenizer then has
 * no encoding, so _PyPegen_raise_error_known_location keeps the columns in UTF-8 bytes (+1)
 * instead of converting them to characters, and the caret under a line with non-ASCII text
 * before the error sits that many bytes further right. Tokenizer errors count characters.
 */
function fileErrorColumns(err: PySyntaxError, source: string): PySyntaxError {
  if (err.text === null || !/[\u0080-\u{10ffff}]/u.test(err.text)) return err;
  if (source.charCodeAt(0) === 0xfeff) return err;
  const head = source.split('\n', 2);
  if (head.some((line) => CODING_SPEC.test(line))) return err;
  const line = source.split('\n')[err.lineno - 1];
  // (An error inside an f-string's replacement field shows the field's text, not the line.)
  if (line === undefined || err.text.replace(/\r?\n$/, '') !== line.replace(/\r$/, '')) return err;
  const offset = err.offset > 0 ? utf8Before(err.text, err.offset - 1) + 1 : err.offset;
  let end = err.end_offset;
  if (end > 0 && err.end_lineno === err.lineno) end = utf8Before(err.text, end - 1) + 1;
  const e = new PySyntaxError(
    err.kind,
    err.msg,
    err.filename,
    err.lineno,
    offset,
    err.end_lineno,
    end,
    err.text,
  );
  e.atEndOfInput = err.atEndOfInput;
  return e;
}

// UTF-8 bytes of the first `points` code points of `text`.
function utf8Before(text: string, points: number): number {
  let bytes = 0;
  let i = 0;
  for (let k = 0; k < points && i < text.length; k++) {
    const c = text.codePointAt(i)!;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += c >= 0x10000 ? 2 : 1;
  }
  return bytes + Math.max(0, points - countPoints(text));
}

// Code points in `text`.
function countPoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += text.codePointAt(i)! >= 0x10000 ? 2 : 1) n++;
  return n;
}
