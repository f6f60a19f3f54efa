// The one error type the syntax layer raises. It mirrors CPython's SyntaxError and its two
// subclasses: a message, the file, and a 1-based line and *character* offset (SyntaxError.offset
// counts characters, unlike ast's byte columns), plus the end of the span and the line's text.

/** Which CPython exception class the error stands for. */
export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

/** A Python syntax error, raised by the tokenizer and the parser (never any other exception). */
export class PySyntaxError extends Error {
  /** The exception class CPython would raise. */
  readonly kind: SyntaxErrorKind;
  /** The message alone, as `SyntaxError.msg`. */
  readonly msg: string;
  /** File name given to parse(). */
  readonly filename: string;
  /** 1-based line of the error. */
  readonly lineno: number;
  /** 1-based character offset in the line. */
  readonly offset: number;
  /** 1-based end line (0 when CPython gives none). */
  readonly end_lineno: number;
  /** 1-based end character offset (0 when CPython gives none). */
  readonly end_offset: number;
  /** The text of the offending line, with its newline, or null. */
  readonly text: string | null;
  /**
   * Whether the error is located at a token the tokenizer made at the end of the input
   * (ENDMARKER, or a DEDENT there): reading a file, CPython gives those offset 0.
   */
  atEndOfInput = false;

  constructor(
    kind: SyntaxErrorKind,
    msg: string,
    filename: string,
    lineno: number,
    offset: number,
    end_lineno: number,
    end_offset: number,
    text: string | null,
  ) {
    super(`${msg} (${filename}, line ${lineno})`);
    this.name = kind;
    this.kind = kind;
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.end_lineno = end_lineno;
    this.end_offset = end_offset;
    this.text = text;
  }
}

/** `err` with another end offset (CPython gives -1 or 0 for some tokenizer errors). */
export function withEndOffset(err: PySyntaxError, endOffset: number): PySyntaxError {
  const e = new PySyntaxError(
    err.kind,
    err.msg,
    err.filename,
    err.lineno,
    err.offset,
    err.end_lineno,
    endOffset,
    err.text,
  );
  e.atEndOfInput = err.atEndOfInput;
  return e;
}
