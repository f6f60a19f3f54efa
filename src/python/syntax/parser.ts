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

/** Parses Python 3.11 source into an ast tree; throws PySyntaxError (and nothing else) on bad input. */
export function parse(source: string, filename = '<unknown>', mode: ParseMode = 'exec'): Mod {
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
    if (e instanceof PySyntaxError) throw p.overrideError(e);
    if (e instanceof RangeError) {
      // The JS stack ran out on deeply nested source; CPython raises MemoryError with this text.
      const msg = 'Parser stack overflowed - Python source too complex to parse';
      throw new PySyntaxError('SyntaxError', msg, filename, 0, 0, 0, 0, null);
    }
    throw e;
  }
}
