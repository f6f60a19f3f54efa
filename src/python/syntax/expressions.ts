// Expressions of Python 3.11's grammar (Grammar/python.gram, "EXPRESSIONS"), one method per
// grammar level, from star_expressions down to primary and its trailers. Atoms, calls and
// parameters are in atoms.ts and arguments.ts; targets are parsed as expressions and then
// checked and given a Store/Del context by targets.ts.

import type { Arguments, CmpOp, Expr, Operator, UnaryOpKind } from './ast.js';
import { exprName } from './names.js';
import { ParserBase, type Start, span, tokEnd, tokStart } from './parserbase.js';
import { Tok } from './tokens.js';

const BINOPS: ReadonlyArray<Readonly<Record<string, Operator['_type']>>> = [
  { '|': 'BitOr' },
  { '^': 'BitXor' },
  { '&': 'BitAnd' },
  { '<<': 'LShift', '>>': 'RShift' },
  { '+': 'Add', '-': 'Sub' },
  { '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult' },
];
const CMPOPS: Readonly<Record<string, CmpOp['_type']>> = {
  '==': 'Eq',
  '!=': 'NotEq',
  '<': 'Lt',
  '<=': 'LtE',
  '>': 'Gt',
  '>=': 'GtE',
};
const UNARY: Readonly<Record<string, UnaryOpKind['_type']>> = { '+': 'UAdd', '-': 'USub', '~': 'Invert' };

/** Parser layer for expressions; statements.ts extends it. */
/** Parser layer for operator expressions; atoms, calls and parameters come in the subclasses. */
export abstract class ExprParser extends ParserBase {
  /** The last disjunction parsed and its first token index (for "Perhaps you forgot a comma?"). */
  /** Tuples written in parentheses (an unparenthesized one is a bare comma list). */
  protected readonly parenthesized = new WeakSet<Expr>();
  protected lastDisj: Expr | null = null;
  protected lastDisjAt = 0;

  /** Callback used to parse f-string replacement fields (set by the statement layer). */
  protected subParse: (text: string, lineno: number, col: number) => Expr = () => {
    throw this.invalid();
  };

  /** star_expressions: one or more star_expression, a Tuple when a comma appears. */
  starExpressions(): Expr {
    const st = this.peek();
    const first = this.starExpression();
    if (!this.atOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (!this.startsExpression()) break;
      elts.push(this.starExpression());
    }
    return { _type: 'Tuple', elts, ctx: { _type: 'Load' }, ...this.from(st) };
  }

  /** star_expression: '*' bitwise_or | expression. */
  starExpression(): Expr {
    if (this.atOp('*')) {
      const t = this.advance();
      const at = this.i;
      const value = this.bitOr();
      this.lastDisj = value;
      this.lastDisjAt = at;
      return { _type: 'Starred', value, ctx: { _type: 'Load' }, ...this.from(t) };
    }
    return this.expression();
  }

  /** star_named_expression: '*' bitwise_or | named_expression. */
  starNamedExpression(): Expr {
    if (this.atOp('*')) return this.starExpression();
    return this.namedExpression();
  }

  /** Whether the current token can begin an expression. */
  protected startsExpression(): boolean {
    const t = this.peek();
    switch (t.type) {
      case Tok.NAME:
        return !NOT_STARTERS.has(t.s);
      case Tok.NUMBER:
      case Tok.STRING:
        return true;
      case Tok.OP:
        return STARTER_OPS.has(t.s);
      default:
        return false;
    }
  }

  /** named_expression: NAME ':=' expression | expression; `eqCheck` gives CPython's hints for a stray '='. */
  namedExpression(eqCheck = true): Expr {
    if (this.atName() && this.atOp(':=', 1)) {
      const n = this.advance();
      this.advance();
      const value = this.expression();
      const target: Expr = {
        _type: 'Name',
        id: n.s,
        ctx: { _type: 'Store' },
        ...span(tokStart(n), tokEnd(n)),
      };
      return { _type: 'NamedExpr', target, value, ...this.from(n) };
    }
    const e = this.expression();
    // invalid_named_expression: only if an expression follows the ':='.
    if (this.atOp(':=') && this.expressionFollows())
      throw this.errorNodes(e, `cannot use assignment expressions with ${exprName(e)}`);
    if (eqCheck && this.atOp('=')) this.strayEquals(e);
    return e;
  }

  /**
   * Whether an expression starts after the current token (a lookahead: the position is
   * restored). PEG's expression stops before what it cannot read (`1 +` is `1`), so it
   * fails only if no expression starts there.
   */
  protected expressionFollows(): boolean {
    const save = this.i;
    const far = this.far;
    this.advance();
    let ok = true;
    try {
      this.expression();
    } catch (err) {
      if (this.isHardError(err)) throw err;
      this.i = save + 1;
      ok = this.startsExpression();
    }
    this.i = save;
    this.far = far;
    return ok;
  }

  /** invalid_named_expression: `x = y` where a comparison or walrus was meant. */
  protected strayEquals(e: Expr): void {
    const excluded =
      e._type === 'List' ||
      e._type === 'Tuple' ||
      e._type === 'GeneratorExp' ||
      (e._type === 'Constant' && (e.value.tag === 'bool' || e.value.tag === 'None'));
    const bitOrLevel =
      !['Compare', 'BoolOp', 'IfExp', 'Lambda', 'Starred', 'NamedExpr'].includes(e._type) &&
      !(e._type === 'UnaryOp' && e.op._type === 'Not');
    if (excluded || !bitOrLevel) return;
    const save = this.i;
    const far = this.far;
    this.advance();
    let b: Expr | null = null;
    try {
      b = this.bitOr();
      if (this.atOp('=') || this.atOp(':=')) b = null;
    } catch (err) {
      if (this.isHardError(err)) throw err;
    }
    this.i = save;
    this.far = far;
    if (b === null) return;
    if (e._type === 'Name') {
      throw this.errorNodes(e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", b);
    }
    throw this.errorNodes(e, `cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`);
  }

  /** expression: disjunction ['if' disjunction 'else' expression] | lambdef. */
  expression(): Expr {
    if (this.atKw('lambda')) return this.lambdef();
    const st = this.peek();
    const body = this.disjunction();
    if (!this.atKw('if')) return body;
    this.advance();
    const test = this.disjunction();
    if (!this.eatKw('else')) {
      if (!this.atOp(':')) throw this.errorNodes(body, "expected 'else' after 'if' expression", test);
      throw this.invalid();
    }
    const orelse = this.expression();
    return { _type: 'IfExp', test, body, orelse, ...this.from(st) };
  }

  /** lambdef: 'lambda' [lambda_params] ':' expression. */
  private lambdef(): Expr {
    const t = this.advance();
    const args = this.parameters(':', false);
    this.expectOp(':');
    const body = this.expression();
    return { _type: 'Lambda', args, body, ...this.from(t) };
  }

  protected disjunction(): Expr {
    const st = this.peek();
    const at = this.i;
    let e = this.conjunction();
    if (this.atKw('or')) {
      const values = [e];
      while (this.eatKw('or')) values.push(this.conjunction());
      e = { _type: 'BoolOp', op: { _type: 'Or' }, values, ...this.from(st) };
    }
    this.lastDisj = e;
    this.lastDisjAt = at;
    return e;
  }

  private conjunction(): Expr {
    const st = this.peek();
    const first = this.inversion();
    if (!this.atKw('and')) return first;
    const values = [first];
    while (this.eatKw('and')) values.push(this.inversion());
    return { _type: 'BoolOp', op: { _type: 'And' }, values, ...this.from(st) };
  }

  private inversion(): Expr {
    if (this.atKw('not')) {
      const t = this.advance();
      const operand = this.inversion();
      return { _type: 'UnaryOp', op: { _type: 'Not' }, operand, ...this.from(t) };
    }
    return this.comparison();
  }

  private comparison(): Expr {
    const st = this.peek();
    const left = this.bitOr();
    const ops: CmpOp[] = [];
    const comparators: Expr[] = [];
    for (;;) {
      const t = this.peek();
      let op: CmpOp['_type'] | undefined;
      if (t.type === Tok.OP) op = CMPOPS[t.s];
      else if (t.type === Tok.NAME) {
        if (t.s === 'in') op = 'In';
        else if (t.s === 'not' && this.atKw('in', 1)) op = 'NotIn';
        else if (t.s === 'is') op = this.atKw('not', 1) ? 'IsNot' : 'Is';
      }
      if (op === undefined) break;
      this.advance();
      if (op === 'NotIn' || op === 'IsNot') this.advance();
      ops.push({ _type: op });
      comparators.push(this.bitOr());
    }
    if (ops.length === 0) return left;
    return { _type: 'Compare', left, ops, comparators, ...this.from(st) };
  }

  /** bitwise_or and the binary levels below it down to term. */
  protected bitOr(level = 0): Expr {
    if (level === BINOPS.length) return this.factor();
    const st = this.peek();
    let left = this.bitOr(level + 1);
    const table = BINOPS[level]!;
    for (;;) {
      const t = this.peek();
      const op = t.type === Tok.OP ? table[t.s] : undefined;
      if (op === undefined) return left;
      this.advance();
      const right = this.bitOr(level + 1);
      left = { _type: 'BinOp', left, op: { _type: op }, right, ...this.from(st) };
    }
  }

  private factor(): Expr {
    const t = this.peek();
    const op = t.type === Tok.OP ? UNARY[t.s] : undefined;
    if (op !== undefined) {
      this.advance();
      const operand = this.factor();
      return { _type: 'UnaryOp', op: { _type: op }, operand, ...this.from(t) };
    }
    return this.power();
  }

  private power(): Expr {
    const st = this.peek();
    let left: Expr;
    if (this.atKw('await')) {
      const t = this.advance();
      const value = this.primary();
      left = { _type: 'Await', value, ...this.from(t) };
    } else left = this.primary();
    if (this.eatOp('**')) {
      const right = this.factor();
      return { _type: 'BinOp', left, op: { _type: 'Pow' }, right, ...this.from(st) };
    }
    return left;
  }

  /** primary: atom followed by attribute, call and subscript trailers. */
  protected primary(): Expr {
    const st = this.peek();
    let e = this.atom();
    for (;;) {
      if (this.atOp('.')) {
        this.advance();
        const n = this.expectName();
        e = { _type: 'Attribute', value: e, attr: n.s, ctx: { _type: 'Load' }, ...this.from(st) };
      } else if (this.atOp('(')) {
        e = this.call(e, tokStart(st));
      } else if (this.atOp('[')) {
        this.advance();
        const slice = this.slices();
        if (!this.atOp(']') && this.startsExpression()) this.forgotComma();
        this.expectOp(']');
        e = { _type: 'Subscript', value: e, slice, ctx: { _type: 'Load' }, ...this.from(st) };
      } else return e;
    }
  }

  /** slices: a single slice, or a Tuple of slices / starred expressions. */
  private slices(): Expr {
    const st = this.peek();
    const first = this.slice();
    if (!this.atOp(',')) {
      if (first._type === 'Starred')
        return { _type: 'Tuple', elts: [first], ctx: { _type: 'Load' }, ...this.from(st) };
      return first;
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.atOp(']')) break;
      elts.push(this.slice());
    }
    return { _type: 'Tuple', elts, ctx: { _type: 'Load' }, ...this.from(st) };
  }

  private slice(): Expr {
    if (this.atOp('*')) return this.starExpression();
    const start = this.peek();
    let lower: Expr | null = null;
    if (!this.atOp(':')) {
      const walrus = this.atName() && this.atOp(':=', 1);
      lower = this.namedExpression();
      if (!this.atOp(':')) return lower;
      // slice: [expression] ':' ... — an unparenthesised walrus cannot start a slice.
      if (walrus) throw this.invalid();
    }
    this.advance();
    let upper: Expr | null = null;
    let step: Expr | null = null;
    if (!this.atOp(':') && !this.atOp(']') && !this.atOp(',')) upper = this.expression();
    if (this.eatOp(':')) {
      if (!this.atOp(']') && !this.atOp(',')) step = this.expression();
    }
    return { _type: 'Slice', lower, upper, step, ...span(tokStart(start), tokEnd(this.prev)) };
  }

  /** Raises "Perhaps you forgot a comma?" for two juxtaposed expressions inside brackets. */
  protected forgotComma(): never {
    const a = this.lastDisj;
    if (a === null) throw this.invalid();
    const t0 = this.toks[this.lastDisjAt]!;
    const t1 = this.toks[this.lastDisjAt + 1]!;
    const soft = t0.type === Tok.NAME && (t0.s === 'match' || t0.s === 'case' || t0.s === '_');
    if ((t0.type === Tok.NAME && t1.type === Tok.STRING) || soft) throw this.invalid();
    if (a._type === 'Name' && (a.id === 'print' || a.id === 'exec')) throw this.invalid();
    // b may be any prefix that parses (PEG backtracking): an expression, else at least an atom.
    const save = this.i;
    const far = this.far;
    let b: Expr | null = null;
    try {
      b = this.expression();
    } catch (e) {
      if (this.isHardError(e)) throw e;
      this.i = save;
      try {
        b = this.atom();
      } catch (e2) {
        if (this.isHardError(e2)) throw e2;
      }
    }
    if (b === null) {
      this.i = save;
      this.far = far;
      throw this.invalid();
    }
    throw this.errorNodes(a, 'invalid syntax. Perhaps you forgot a comma?', b);
  }

  /**
   * Parses an expression only to surface a specific error inside it (CPython's second pass),
   * then rewinds; the furthest-token mark is restored so a generic error keeps its place.
   */
  protected probeExpression(): void {
    const save = this.i;
    const far = this.far;
    try {
      this.expression();
    } catch (e) {
      if (this.isHardError(e)) throw e;
    }
    this.i = save;
    this.far = far;
  }
  /** Converts a parsed expression into an assignment target; overridden in targets.ts. */
  protected toStore(e: Expr, _why: 'assign' | 'for' | 'del'): Expr {
    return e;
  }

  /** atom (atoms.ts). */
  protected abstract atom(): Expr;
  /** A call's parenthesised arguments after `func` (arguments.ts). */
  protected abstract call(func: Expr, st: Start, inClass?: boolean): Expr;
  /** Parameters of def or lambda (arguments.ts). */
  protected abstract parameters(close: string, annotated: boolean): Arguments;
}

const NOT_STARTERS = new Set([
  'and',
  'as',
  'assert',
  'async',
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
  'nonlocal',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
]);
const STARTER_OPS = new Set(['(', '[', '{', '-', '+', '~', '*', '...']);
