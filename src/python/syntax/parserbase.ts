// The parser's token cursor and error reporting, shared by the expression and statement layers.
// Like CPython's PEG parser, a generic "invalid syntax" points at the furthest token the parser
// looked at; tokenizer errors surface when the parser first reaches them.

import type { Loc } from './ast.js';
import { PySyntaxError, type SyntaxErrorKind, withEndOffset } from './errors.js';
import { KEYWORDS, Tok, type Token } from './tokens.js';

/** Start of a span: anything with lineno/col_offset. */
export interface Start {
  lineno: number;
  col_offset: number;
}

/** End of a span: anything with end_lineno/end_col_offset. */
export interface End {
  end_lineno: number;
  end_col_offset: number;
}

/** Converts a token's start into a span start. */
export function tokStart(t: Token): Start {
  return { lineno: t.lineno, col_offset: t.col };
}

/** Converts a token's end into a span end. */
export function tokEnd(t: Token): End {
  return { end_lineno: t.end_lineno, end_col_offset: t.end_col };
}

/** Builds the four position attributes from a start and an end. */
export function span(s: Start, e: End): Loc {
  return {
    lineno: s.lineno,
    col_offset: s.col_offset,
    end_lineno: e.end_lineno,
    end_col_offset: e.end_col_offset,
  };
}

/** Token cursor with CPython-style error reporting. */
export class ParserBase {
  protected readonly toks: Token[];
  protected readonly lines: string[];
  protected readonly filename: string;
  /** Index of the current token. */
  protected i = 0;
  /** Furthest token index looked at (where generic errors point). */
  protected far = 0;
  /** Furthest token index ever looked at, probes included (CPython's p->fill after its second pass). */
  protected farMax = 0;
  /** Errors that later tokenizer errors must not replace. */
  private readonly final = new WeakSet<PySyntaxError>();
  /** Errors that escape probes. */
  private readonly hard = new WeakSet<PySyntaxError>();

  constructor(toks: Token[], lines: string[], filename: string) {
    this.toks = toks;
    this.lines = lines;
    this.filename = filename;
  }

  /** The token `k` ahead, raising a tokenizer error found there. */
  protected peek(k = 0): Token {
    let j = this.i + k;
    if (j >= this.toks.length) j = this.toks.length - 1;
    if (j > this.far) {
      this.far = j;
      if (j > this.farMax) this.farMax = j;
    }
    const t = this.toks[j]!;
    if (t.type === Tok.ERROR && t.parenLine === undefined) throw t.err!;
    return t;
  }

  /** The last consumed token, skipping NEWLINE/INDENT/DEDENT (CPython's last non-whitespace token). */
  protected get prev(): Token {
    let j = this.i - 1;
    while (j > 0) {
      const t = this.toks[j]!.type;
      if (t !== Tok.NEWLINE && t !== Tok.INDENT && t !== Tok.DEDENT) break;
      j--;
    }
    return this.toks[j]!;
  }

  /** The span from token `t` to the last consumed token (CPython's EXTRA). */
  protected from(t: Token): Loc {
    const e = this.prev;
    return { lineno: t.lineno, col_offset: t.col, end_lineno: e.end_lineno, end_col_offset: e.end_col };
  }

  /** Consumes and returns the current token. */
  protected advance(): Token {
    const t = this.peek();
    if (t.type !== Tok.ENDMARKER && t.type !== Tok.ERROR) this.i++;
    return t;
  }

  /** Whether the current token is the operator `s`. */
  protected atOp(s: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === Tok.OP && t.s === s;
  }

  /** Whether the current token is the keyword (or soft keyword) `s`. */
  protected atKw(s: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === Tok.NAME && t.s === s;
  }

  /** Whether the current token is a NAME that is not a hard keyword. */
  protected atName(k = 0): boolean {
    const t = this.peek(k);
    return t.type === Tok.NAME && !KEYWORDS.has(t.s);
  }

  /** Consumes the operator `s` if present. */
  protected eatOp(s: string): boolean {
    if (this.atOp(s)) {
      this.i++;
      return true;
    }
    return false;
  }

  /** Consumes the keyword `s` if present. */
  protected eatKw(s: string): boolean {
    if (this.atKw(s)) {
      this.i++;
      return true;
    }
    return false;
  }

  /** Consumes the operator `s` or fails with a generic syntax error. */
  protected expectOp(s: string): Token {
    if (!this.atOp(s)) throw this.invalid();
    return this.advance();
  }

  /** Consumes a forced token (`&&'x'` in the grammar): failing says "expected 'x'". */
  protected forceOp(s: string): Token {
    if (!this.atOp(s)) {
      const t = this.peek();
      throw this.errorAt(t, `expected '${s}'`);
    }
    return this.advance();
  }

  /** Consumes a non-keyword NAME or fails. */
  protected expectName(): Token {
    if (!this.atName()) throw this.invalid();
    return this.advance();
  }

  /** An error of `kind` spanning tokens (1-based character offsets, as SyntaxError). */
  protected errorAt(
    a: Token,
    msg: string,
    b: Token = a,
    kind: SyntaxErrorKind = 'SyntaxError',
  ): PySyntaxError {
    // ENDMARKER and the DEDENTs before it have no start in CPython's tokenizer (col_offset
    // -1): the error takes its column from the tokenizer's cursor, and no end.
    const last = this.toks[this.toks.length - 1]!;
    const atEnd =
      a.type === Tok.ENDMARKER ||
      (a.type === Tok.DEDENT && last.type === Tok.ENDMARKER && a.lineno === last.lineno && a.cs === last.cs);
    const e = new PySyntaxError(
      kind,
      msg,
      this.filename,
      a.lineno,
      a.cs + 1,
      b.end_lineno,
      // (NEWLINE tokens leave the '\n' out: they end where they start.)
      atEnd && b === a ? -1 : b.type === Tok.NEWLINE ? b.cs + 1 : b.ce + 1,
      this.lineText(a.lineno),
    );
    e.atEndOfInput = atEnd;
    return e;
  }

  /** An error spanning two nodes (their byte columns converted to character offsets). */
  protected errorNodes(a: Loc, msg: string, b: Loc = a): PySyntaxError {
    return new PySyntaxError(
      'SyntaxError',
      msg,
      this.filename,
      a.lineno,
      this.charCol(a.lineno, a.col_offset) + 1,
      b.end_lineno,
      this.charCol(b.end_lineno, b.end_col_offset) + 1,
      this.lineText(a.lineno),
    );
  }

  /** An error located at the last token fetched (CPython's RAISE_SYNTAX_ERROR). */
  protected errorLast(msg: string, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    return this.errorAt(this.toks[this.far]!, msg, this.toks[this.far]!, kind);
  }

  /** Converts a byte column into a character column on a line. */
  protected charCol(lineno: number, byteCol: number): number {
    const line = this.lines[lineno - 1];
    if (line === undefined || !/[\u0080-\uffff]/.test(line)) return byteCol;
    // Count code points (CPython's offsets), walking UTF-16 units.
    let b = 0;
    let c = 0;
    let points = 0;
    while (b < byteCol && c < line.length) {
      const k = line.codePointAt(c)!;
      b += k < 0x80 ? 1 : k < 0x800 ? 2 : k < 0x10000 ? 3 : 4;
      c += k >= 0x10000 ? 2 : 1;
      points++;
    }
    return points;
  }

  /** The text of a line (with its newline) for error reports. */
  protected lineText(lineno: number): string | null {
    return this.lines[lineno - 1] ?? null;
  }

  /** The generic error at the furthest token, as CPython's _PyPegen_set_syntax_error. */
  protected invalid(): PySyntaxError {
    const last = this.toks[this.far]!;
    if (last.type === Tok.ERROR) return last.err!;
    // These three are raised without the later-tokenizer-error check (as _PyPegen_set_syntax_error).
    if (last.type === Tok.INDENT || last.type === Tok.DEDENT) {
      const msg = last.type === Tok.INDENT ? 'unexpected indent' : 'unexpected unindent';
      const e = withEndOffset(this.errorAt(last, msg, last, 'IndentationError'), -1);
      this.final.add(e);
      return e;
    }
    return this.overrideError(this.errorAt(last, 'invalid syntax'));
  }

  /**
   * After a parser error, tokenizer errors further on take priority, as CPython's
   * _PyPegen_tokenize_full_source_to_check_for_errors: any later tokenizer error, or an unclosed
   * bracket opened on a line before the furthest token read.
   */
  overrideError(e: PySyntaxError): PySyntaxError {
    const end = this.toks[this.toks.length - 1]!;
    if (end.type !== Tok.ERROR || end.err === e || this.final.has(e)) return e;
    // Indentation errors and a backslash at end of input are reported lazily by CPython's
    // tokenizer (no exception set while scanning ahead), so they never override.
    if (end.err!.kind !== 'SyntaxError' || end.err!.msg === 'unexpected EOF while parsing') return e;
    if (end.parenLine === undefined) return end.err!;
    const far = this.toks[Math.min(this.farMax, this.toks.length - 1)]!;
    if (far.lineno > end.parenLine) return end.err!;
    return e;
  }

  /** Whether `e` is a tokenizer error. */
  protected isTokenizerError(e: unknown): boolean {
    if (!(e instanceof PySyntaxError)) throw e;
    const end = this.toks[this.toks.length - 1]!;
    return end.type === Tok.ERROR && end.err === e;
  }

  /**
   * Whether `e` is raised whatever the parsing attempt (a tokenizer error or an error building a
   * string literal), so it escapes probes; CPython raises these at once, in either pass.
   */
  protected isHardError(e: unknown): boolean {
    return this.isTokenizerError(e) || this.hard.has(e as PySyntaxError);
  }

  /** Marks an error as hard (see isHardError) and returns it. */
  protected hardError(e: PySyntaxError): PySyntaxError {
    this.hard.add(e);
    return e;
  }
}
