// Expressions of Python 3.11's grammar (Grammar/python.gram, "EXPRESSIONS" and "ATOMS"), one method
// per grammar level, from named_expression down to atom. Targets are parsed as expressions and then
// checked and given a Store/Del context by targets.ts.

import type {
  Arg,
  Arguments,
  CmpOp,
  Comprehension,
  ConstantValue,
  Expr,
  Keyword,
  Operator,
  UnaryOpKind,
} from './ast.js';
import { PySyntaxError } from './errors.js';
import { concatStrings } from './fstrings.js';
import { type End, ParserBase, type Start, span, tokEnd, tokStart } from './parserbase.js';
import { Tok, type Token } from './tokens.js';

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
export class ExprParser extends ParserBase {
  /** The last disjunction parsed and its first token index (for "Perhaps you forgot a comma?"). */
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
    if (this.atOp(':=')) {
      // invalid_named_expression: only if an expression follows the ':='.
      const save = this.i;
      const far = this.far;
      this.advance();
      let ok = true;
      try {
        this.expression();
      } catch (err) {
        if (this.isHardError(err)) throw err;
        ok = false;
      }
      this.i = save;
      this.far = far;
      if (ok) throw this.errorNodes(e, `cannot use assignment expressions with ${exprName(e)}`);
    }
    if (eqCheck && this.atOp('=')) this.strayEquals(e);
    return e;
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

  private disjunction(): Expr {
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
      lower = this.namedExpression();
      if (!this.atOp(':')) return lower;
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

  /** A call's argument list, with CPython's checks on argument order. */
  protected call(func: Expr, st: Start, inClass = false): Expr {
    const open = this.advance();
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    let sawKw = false;
    let sawDoubleStar = false;
    let pending: string | null = null;
    while (!this.atOp(')')) {
      const t = this.peek();
      if (this.atOp('**')) {
        this.advance();
        const value = this.expression();
        keywords.push({ _type: 'keyword', arg: null, value, ...this.from(t) });
        sawDoubleStar = true;
      } else if (this.atOp('*')) {
        this.advance();
        const value = this.expression();
        const star: Expr = { _type: 'Starred', value, ctx: { _type: 'Load' }, ...this.from(t) };
        if (sawDoubleStar) {
          throw this.errorNodes(star, 'iterable argument unpacking follows keyword argument unpacking');
        }
        args.push(star);
      } else if (this.atName() && this.atOp('=', 1)) {
        this.advance();
        this.advance();
        const value = this.expression();
        keywords.push({ _type: 'keyword', arg: t.s, value, ...this.from(t) });
        sawKw = true;
      } else {
        let e = this.namedExpression(false);
        if (this.atKw('for') || this.atKw('async')) {
          if (inClass) throw this.errorAt(this.peek(), 'invalid syntax');
          const generators = this.comprehensions();
          e = { _type: 'GeneratorExp', elt: e, generators, ...span(tokStart(open), tokEnd(this.peek())) };
          if (args.length + keywords.length > 0 || !this.atOp(')')) {
            const g = generators[generators.length - 1]!;
            const last = g.ifs.length > 0 ? g.ifs[g.ifs.length - 1]! : g.iter;
            throw this.errorNodes(e.elt, 'Generator expression must be parenthesized', last);
          }
        } else if (this.atOp('=')) {
          throw this.errorNodes(
            e,
            'expression cannot contain assignment, perhaps you meant "=="?',
            span(e, tokEnd(this.peek())),
          );
        }
        if (pending === null && sawDoubleStar)
          pending = 'positional argument follows keyword argument unpacking';
        else if (pending === null && sawKw) pending = 'positional argument follows keyword argument';
        args.push(e);
      }
      if (!this.eatOp(',')) break;
    }
    if (!this.atOp(')')) {
      if (this.startsExpression() && this.peek().level > 0) this.forgotComma();
      throw this.invalid();
    }
    if (pending !== null) throw this.errorAt(this.peek(), pending);
    const close = this.advance();
    return { _type: 'Call', func, args, keywords, ...span(st, tokEnd(close)) };
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
    const save = this.i;
    let b: Expr;
    try {
      b = this.expression();
    } catch {
      this.i = save;
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

  /** for_if_clauses: one or more [async] for ... in ... [if ...]. */
  protected comprehensions(): Comprehension[] {
    const gens: Comprehension[] = [];
    while (this.atKw('for') || (this.atKw('async') && this.atKw('for', 1))) {
      const isAsync = this.eatKw('async') ? 1 : 0;
      this.advance();
      const tst = this.i;
      const target = this.targetList('in');
      if (!this.atKw('in')) {
        // invalid_for_target reads the target as star_expressions: `for a b` may lack a comma.
        if (this.startsExpression() && this.peek().level > 0) {
          const last = target._type === 'Tuple' ? target.elts[target.elts.length - 1]! : target;
          let at = tst;
          while (
            at < this.i &&
            (this.toks[at]!.lineno !== last.lineno || this.toks[at]!.col !== last.col_offset)
          )
            at++;
          this.lastDisj = last;
          this.lastDisjAt = at;
          this.forgotComma();
        }
        throw this.invalid();
      }
      this.advance();
      const iter = this.disjunction();
      const ifs: Expr[] = [];
      while (this.eatKw('if')) ifs.push(this.disjunction());
      // These disjunctions are not `expression`s, so no "Perhaps you forgot a comma?" after them.
      this.lastDisj = null;
      gens.push({ _type: 'comprehension', target, iter, ifs, is_async: isAsync });
    }
    return gens;
  }

  /** A for-target list (star_targets) ended by `stop`, stored. */
  protected targetList(_stop: string): Expr {
    const st = this.peek();
    const first = this.starTargetAtom();
    if (!this.atOp(',')) return this.toStore(first, 'for');
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.atKw(_stop)) break;
      elts.push(this.starTargetAtom());
    }
    const tup: Expr = { _type: 'Tuple', elts, ctx: { _type: 'Load' }, ...this.from(st) };
    return this.toStore(tup, 'for');
  }

  private starTargetAtom(): Expr {
    if (this.atOp('*')) {
      const t = this.advance();
      const value = this.bitOr();
      return { _type: 'Starred', value, ctx: { _type: 'Load' }, ...this.from(t) };
    }
    return this.bitOr();
  }

  /** Converts a parsed expression into an assignment target; overridden in targets.ts. */
  protected toStore(e: Expr, _why: 'assign' | 'for' | 'del'): Expr {
    return e;
  }

  /** atom: names, constants, strings, numbers, displays, groups and comprehensions. */
  protected atom(): Expr {
    const t = this.peek();
    const loc = span(tokStart(t), tokEnd(t));
    switch (t.type) {
      case Tok.NAME:
        if (t.s === 'True' || t.s === 'False') {
          this.advance();
          return { _type: 'Constant', value: { tag: 'bool', value: t.s === 'True' }, kind: null, ...loc };
        }
        if (t.s === 'None') {
          this.advance();
          return { _type: 'Constant', value: { tag: 'None' }, kind: null, ...loc };
        }
        if (!this.atName()) throw this.invalid();
        this.advance();
        return { _type: 'Name', id: t.s, ctx: { _type: 'Load' }, ...loc };
      case Tok.NUMBER:
        this.advance();
        return { _type: 'Constant', value: parseNumber(t.s), kind: null, ...loc };
      case Tok.STRING: {
        const toks: Token[] = [];
        while (this.peek().type === Tok.STRING) toks.push(this.advance());
        return concatStrings(toks, {
          parseFExpr: (text, lineno, col) => this.subParse(text, lineno, col),
          error: (tok, msg, atToken) =>
            this.hardError(atToken ? this.errorAt(tok, msg) : this.errorLast(msg)),
        });
      }
      case Tok.OP:
        if (t.s === '(') return this.group();
        if (t.s === '[') return this.listDisplay();
        if (t.s === '{') return this.dictOrSet();
        if (t.s === '...') {
          this.advance();
          return { _type: 'Constant', value: { tag: 'Ellipsis' }, kind: null, ...loc };
        }
        throw this.invalid();
      default:
        throw this.invalid();
    }
  }

  /** '(' ... ')': unit tuple, parenthesised expression, yield, tuple or generator expression. */
  private group(): Expr {
    const open = this.advance();
    if (this.atOp(')')) {
      const close = this.advance();
      return { _type: 'Tuple', elts: [], ctx: { _type: 'Load' }, ...span(tokStart(open), tokEnd(close)) };
    }
    if (this.atKw('yield')) {
      const y = this.yieldExpr();
      this.closeOrComma(')');
      return y;
    }
    const first = this.starNamedExpression();
    if (this.atKw('for') || this.atKw('async')) {
      const generators = this.comprehensions();
      const close = this.closeOrComma(')');
      return { _type: 'GeneratorExp', elt: first, generators, ...span(tokStart(open), tokEnd(close)) };
    }
    if (this.atOp(')')) {
      this.advance();
      if (first._type === 'Starred') throw this.errorNodes(first, 'cannot use starred expression here');
      return first;
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.atOp(')')) break;
      elts.push(this.starNamedExpression());
    }
    const close = this.closeOrComma(')');
    return { _type: 'Tuple', elts, ctx: { _type: 'Load' }, ...span(tokStart(open), tokEnd(close)) };
  }

  /** Expects a closing bracket; two juxtaposed expressions raise "Perhaps you forgot a comma?". */
  private closeOrComma(close: string): Token {
    if (this.atOp(close)) return this.advance();
    if (this.startsExpression() && !this.atKw('for') && !this.atKw('async') && !this.atKw('if')) {
      this.forgotComma();
    }
    throw this.invalid();
  }

  private listDisplay(): Expr {
    const open = this.advance();
    if (this.atOp(']')) {
      const close = this.advance();
      return { _type: 'List', elts: [], ctx: { _type: 'Load' }, ...span(tokStart(open), tokEnd(close)) };
    }
    const first = this.starNamedExpression();
    if (this.atKw('for') || this.atKw('async')) {
      const generators = this.comprehensions();
      const close = this.closeOrComma(']');
      return { _type: 'ListComp', elt: first, generators, ...span(tokStart(open), tokEnd(close)) };
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.atOp(']')) break;
      elts.push(this.starNamedExpression());
    }
    const close = this.closeOrComma(']');
    return { _type: 'List', elts, ctx: { _type: 'Load' }, ...span(tokStart(open), tokEnd(close)) };
  }

  private dictOrSet(): Expr {
    const open = this.advance();
    if (this.atOp('}')) {
      const close = this.advance();
      return { _type: 'Dict', keys: [], values: [], ...span(tokStart(open), tokEnd(close)) };
    }
    if (this.atOp('**') || !this.isSetStart()) return this.dictRest(open);
    const first = this.starNamedExpression();
    if (this.atKw('for') || this.atKw('async')) {
      const generators = this.comprehensions();
      const close = this.closeOrComma('}');
      return { _type: 'SetComp', elt: first, generators, ...span(tokStart(open), tokEnd(close)) };
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.atOp('}')) break;
      elts.push(this.starNamedExpression());
    }
    const close = this.closeOrComma('}');
    return { _type: 'Set', elts, ...span(tokStart(open), tokEnd(close)) };
  }

  /** Looks past the first element to tell a set from a dict (a ':' at bracket level 0). */
  private isSetStart(): boolean {
    let depth = 0;
    for (let k = 0; ; k++) {
      const t = this.toks[this.i + k];
      if (t === undefined || t.type === Tok.ERROR || t.type === Tok.ENDMARKER) return true;
      if (t.type !== Tok.OP) {
        if (depth === 0 && t.type === Tok.NAME && (t.s === 'for' || t.s === 'lambda')) return true;
        continue;
      }
      if (t.s === '(' || t.s === '[' || t.s === '{') depth++;
      else if (t.s === ')' || t.s === ']' || t.s === '}') {
        if (depth === 0) return true;
        depth--;
      } else if (depth === 0 && (t.s === ',' || t.s === ':=')) return true;
      else if (depth === 0 && t.s === ':') return false;
    }
  }

  private dictRest(open: Token): Expr {
    const keys: (Expr | null)[] = [];
    const values: Expr[] = [];
    for (;;) {
      if (this.eatOp('**')) {
        keys.push(null);
        values.push(this.bitOr());
      } else {
        const k = this.expression();
        if (!this.atOp(':')) {
          if (keys.length === 0) throw this.invalid();
          const col = this.charCol(k.end_lineno, k.end_col_offset) - 1;
          throw new PySyntaxError(
            'SyntaxError',
            "':' expected after dictionary key",
            this.filename,
            k.end_lineno,
            col + 1,
            k.end_lineno,
            0,
            this.lineText(k.end_lineno),
          );
        }
        const colon = this.advance();
        if (this.atOp('}') || this.atOp(','))
          throw this.errorAt(colon, "expression expected after dictionary key and ':'");
        const v = this.expression();
        if (keys.length === 0 && (this.atKw('for') || this.atKw('async'))) {
          const generators = this.comprehensions();
          const close = this.closeOrComma('}');
          return { _type: 'DictComp', key: k, value: v, generators, ...span(tokStart(open), tokEnd(close)) };
        }
        keys.push(k);
        values.push(v);
      }
      if (!this.eatOp(',') || this.atOp('}')) break;
    }
    const close = this.closeOrComma('}');
    return { _type: 'Dict', keys: keys as Expr[], values, ...span(tokStart(open), tokEnd(close)) };
  }

  /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]. */
  yieldExpr(): Expr {
    const t = this.advance();
    if (this.eatKw('from')) {
      const value = this.expression();
      return { _type: 'YieldFrom', value, ...this.from(t) };
    }
    if (!this.startsExpression()) return { _type: 'Yield', value: null, ...span(tokStart(t), tokEnd(t)) };
    const value = this.starExpressions();
    return { _type: 'Yield', value, ...this.from(t) };
  }

  /** Parameters of def (annotations allowed) or lambda, up to the closing token `close`. */
  protected parameters(close: string, annotated: boolean): Arguments {
    const a: Arguments = {
      _type: 'arguments',
      posonlyargs: [],
      args: [],
      vararg: null,
      kwonlyargs: [],
      kw_defaults: [],
      kwarg: null,
      defaults: [],
    };
    let star = false;
    while (!this.atOp(close)) {
      if (this.atOp('/')) {
        const t = this.advance();
        if (star || a.posonlyargs.length > 0) throw this.errorAt(t, '/ may appear only once');
        if (a.args.length === 0) throw this.errorAt(t, 'at least one argument must precede /');
        a.posonlyargs = a.args;
        a.args = [];
        if (this.atOp('*')) throw this.errorAt(this.peek(), 'expected comma between / and *');
      } else if (this.atOp('**')) {
        this.advance();
        a.kwarg = this.param(annotated, false);
        if (this.eatOp(',') && !this.atOp(close))
          throw this.errorLast('arguments cannot follow var-keyword argument');
        break;
      } else if (this.atOp('*')) {
        const t = this.advance();
        if (star) throw this.errorAt(t, '* argument may appear only once');
        star = true;
        if (this.atOp(close) || (this.atOp(',') && (this.atOp(close, 1) || this.atOp('**', 1)))) {
          throw this.errorAt(t, 'named arguments must follow bare *');
        }
        if (!this.atOp(',')) a.vararg = this.param(annotated, true);
      } else {
        const p = this.param(annotated, false);
        let def: Expr | null = null;
        if (this.atOp('=')) {
          const eq = this.advance();
          if (this.atOp(')') || this.atOp(',')) throw this.errorAt(eq, 'expected default value expression');
          def = this.expression();
        }
        if (star) {
          a.kwonlyargs.push(p);
          a.kw_defaults.push(def as Expr);
        } else {
          if (def !== null) a.defaults.push(def);
          else if (a.defaults.length > 0)
            throw this.errorAt(this.prev, 'non-default argument follows default argument');
          a.args.push(p);
        }
      }
      if (!this.eatOp(',')) break;
    }
    return a;
  }

  private param(annotated: boolean, starArg: boolean): Arg {
    const n = this.expectName();
    let annotation: Expr | null = null;
    if (annotated && this.eatOp(':'))
      annotation = starArg && this.atOp('*') ? this.starExpression() : this.expression();
    const end: End = tokEnd(this.prev);
    return { _type: 'arg', arg: n.s, annotation, type_comment: null, ...span(tokStart(n), end) };
  }
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

/** Parses a NUMBER token's text into an int, float or complex constant value. */
export function parseNumber(text: string): ConstantValue {
  const s = text.replace(/_/g, '');
  if (/[jJ]$/.test(s)) return { tag: 'complex', imag: Number(s.slice(0, -1)) };
  if (/^0[xXoObB]/.test(s)) return { tag: 'int', value: BigInt(s.toLowerCase()) };
  if (/[.eE]/.test(s)) return { tag: 'float', value: Number(s) };
  return { tag: 'int', value: BigInt(s) };
}

/** CPython's _PyPegen_get_expr_name: how error messages name an expression. */
export function exprName(e: Expr): string {
  switch (e._type) {
    case 'Attribute':
      return 'attribute';
    case 'Subscript':
      return 'subscript';
    case 'Starred':
      return 'starred';
    case 'Name':
      return 'name';
    case 'List':
      return 'list';
    case 'Tuple':
      return 'tuple';
    case 'Lambda':
      return 'lambda';
    case 'Call':
      return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp':
      return 'expression';
    case 'GeneratorExp':
      return 'generator expression';
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression';
    case 'Await':
      return 'await expression';
    case 'ListComp':
      return 'list comprehension';
    case 'SetComp':
      return 'set comprehension';
    case 'DictComp':
      return 'dict comprehension';
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.tag === 'None') return 'None';
      if (v.tag === 'bool') return v.value ? 'True' : 'False';
      if (v.tag === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare':
      return 'comparison';
    case 'IfExp':
      return 'conditional expression';
    case 'NamedExpr':
      return 'named expression';
    default:
      return 'expression';
  }
}
