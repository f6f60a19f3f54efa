import type { PySyntaxError } from './errors.js';

// Token kinds and the token record shared by the tokenizer and the parser. Like CPython's
// tokenizer, strings (f-strings included) are one STRING token; the parser splits f-strings.

/** Token types, named as in CPython's Grammar/Tokens. */
export enum Tok {
  ENDMARKER = 0,
  NAME = 1,
  NUMBER = 2,
  STRING = 3,
  NEWLINE = 4,
  INDENT = 5,
  DEDENT = 6,
  OP = 7,
  /** A tokenizer error sits here; the parser raises it when it reaches this token. */
  ERROR = 8,
}

/** One token: its text and span. Columns are UTF-8 byte offsets; `cs`/`ce` are character columns. */
export interface Token {
  type: Tok;
  /** Source text of the token (operator text, name, whole string literal with prefix and quotes). */
  s: string;
  lineno: number;
  col: number;
  end_lineno: number;
  end_col: number;
  /** Start column in characters (for SyntaxError.offset). */
  cs: number;
  /** End column in characters. */
  ce: number;
  /** Bracket nesting depth before this token (CPython's tok->level). */
  level: number;
  /** On an ERROR token: the error to raise when the parser gets here. */
  err?: PySyntaxError;
  /** On an ERROR token at end of input inside brackets: the unclosed bracket's line. */
  parenLine?: number;
}

/** Python's operator and delimiter spellings, longest first within each first character. */
export const OPERATORS: readonly string[] = [
  '**=',
  '//=',
  '>>=',
  '<<=',
  '...',
  '!=',
  '%=',
  '&=',
  '**',
  '*=',
  '+=',
  '-=',
  '->',
  '//',
  '/=',
  ':=',
  '<<',
  '<=',
  '<>',
  '==',
  '>=',
  '>>',
  '@=',
  '^=',
  '|=',
  '%',
  '&',
  '(',
  ')',
  '*',
  '+',
  ',',
  '-',
  '.',
  '/',
  ':',
  ';',
  '<',
  '=',
  '>',
  '@',
  '[',
  ']',
  '^',
  '{',
  '|',
  '}',
  '~',
];

/** Python 3.11's hard keywords. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
]);
