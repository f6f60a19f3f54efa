// Simple statements of Python 3.11's grammar: expression statements, assignments (plain,
// augmented, annotated) with CPython's target messages, pass/break/continue/return/raise,
// global/nonlocal, del, assert and the import forms.

import type { Alias, Expr, Operator, Stmt } from './ast.js';
import { PySyntaxError } from './errors.js';
import { exprName, invalidTarget } from './names.js';
import { span, tokEnd, tokStart } from './parserbase.js';
import { PatternParser } from './patterns.js';
import { Tok } from './tokens.js';

const AUGOPS: Readonly<Record<string, Operator['_type']>> = {
  '+=': 'Add',
  '-=': 'Sub',
  '*=': 'Mult',
  '@=': 'MatMult',
  '/=': 'Div',
  '%=': 'Mod',
  '&=': 'BitAnd',
  '|=': 'BitOr',
  '^=': 'BitXor',
  '<<=': 'LShift',
  '>>=': 'RShift',
  '**=': 'Pow',
  '//=': 'FloorDiv',
};

/** Adds simple statements (one logical line, ';'-separated) to the parser. */
export class SimpleStmtParser extends PatternParser {
  /** simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE. */
  protected simpleStmts(out: Stmt[]): void {
    for (;;) {
      out.push(this.simpleStmt());
      if (!this.eatOp(';')) break;
      if (this.peek().type === Tok.NEWLINE) break;
    }
    if (this.peek().type !== Tok.NEWLINE) throw this.invalid();
    this.advance();
  }

  private simpleStmt(): Stmt {
    const t = this.peek();
    const one = (s: Stmt): Stmt => s;
    if (t.type === Tok.NAME) {
      switch (t.s) {
        case 'pass':
          this.advance();
          return one({ _type: 'Pass', ...span(tokStart(t), tokEnd(t)) });
        case 'break':
          this.advance();
          return { _type: 'Break', ...span(tokStart(t), tokEnd(t)) };
        case 'continue':
          this.advance();
          return { _type: 'Continue', ...span(tokStart(t), tokEnd(t)) };
        case 'return': {
          this.advance();
          const value = this.startsExpression() ? this.starExpressions() : null;
          return { _type: 'Return', value, ...this.from(t) };
        }
        case 'raise': {
          this.advance();
          let exc: Expr | null = null;
          let cause: Expr | null = null;
          if (this.startsExpression()) {
            exc = this.expression();
            if (this.eatKw('from')) cause = this.expression();
          }
          return { _type: 'Raise', exc, cause, ...this.from(t) };
        }
        case 'global':
        case 'nonlocal': {
          this.advance();
          const names = [this.expectName().s];
          while (this.eatOp(',')) names.push(this.expectName().s);
          const loc = span(tokStart(t), tokEnd(this.prev));
          return t.s === 'global' ? { _type: 'Global', names, ...loc } : { _type: 'Nonlocal', names, ...loc };
        }
        case 'del': {
          this.advance();
          // Targets are read as star_expressions and then checked (invalid_del_stmt), so a bad
          // target is reported even when the line goes wrong after it.
          const targets = [this.starExpression()];
          while (this.eatOp(',')) {
            if (!this.startsExpression()) break;
            targets.push(this.starExpression());
          }
          for (const x of targets) this.toStore(x, 'del');
          if (this.peek().type !== Tok.NEWLINE && !this.atOp(';')) throw this.invalid();
          return { _type: 'Delete', targets, ...span(tokStart(t), tokEnd(this.prev)) };
        }
        case 'assert': {
          this.advance();
          const test = this.expression();
          const msg = this.eatOp(',') ? this.expression() : null;
          return { _type: 'Assert', test, msg, ...this.from(t) };
        }
        case 'import':
          return this.importStmt();
        case 'from':
          return this.fromImport();
      }
    }
    return this.exprOrAssign();
  }

  /** Expression statements, assignments, augmented and annotated assignments. */
  private exprOrAssign(): Stmt {
    const start = this.peek();
    const bareYield = this.atKw('yield');
    const first = bareYield ? this.yieldExpr() : this.starExpressions();
    if (this.atOp('=')) {
      const targets: Expr[] = [];
      const firstEq = this.i;
      let value: Expr = first;
      while (this.atOp('=')) {
        // CPython checks each target as soon as its '=' is seen (invalid_assignment).
        this.checkTarget(value, bareYield ? null : first, firstEq);
        targets.push(value);
        this.advance();
        value = this.atKw('yield') ? this.yieldExpr() : this.starExpressions();
      }
      for (const x of targets) this.toStore(x, 'assign');
      this.endOfSimple();
      return { _type: 'Assign', targets, value, type_comment: null, ...this.from(start) };
    }
    const aug = this.peek().type === Tok.OP ? AUGOPS[this.peek().s] : undefined;
    if (aug !== undefined) {
      const augAt = this.i;
      const single = first._type === 'Name' || first._type === 'Attribute' || first._type === 'Subscript';
      this.advance();
      // invalid_assignment needs the right-hand side before it names a bad target; without a
      // single target the first pass never read past the operator, so errors point there.
      let value: Expr;
      try {
        value = this.atKw('yield') ? this.yieldExpr() : this.starExpressions();
      } catch (e) {
        if (single || this.isHardError(e)) throw e;
        this.far = augAt;
        throw this.invalid();
      }
      if (!single) {
        throw this.errorNodes(
          first,
          `'${exprName(first)}' is an illegal expression for augmented assignment`,
        );
      }
      this.toStore(first, 'assign');
      return { _type: 'AugAssign', target: first, op: { _type: aug }, value, ...this.from(start) };
    }
    if (this.atOp(':=')) this.walrusTarget(first);
    if (this.atOp(':')) {
      const colonAt = this.i;
      const far = this.far;
      this.advance();
      const single = first._type === 'Name' || first._type === 'Attribute' || first._type === 'Subscript';
      let annotation: Expr;
      try {
        annotation = this.expression();
      } catch (e) {
        // Only a single target makes the first pass read past the ':'.
        if (single || this.isHardError(e)) throw e;
        this.i = colonAt;
        this.far = far;
        throw this.invalid();
      }
      if (first._type === 'Tuple' && !(start.type === Tok.OP && start.s === '(')) {
        throw this.errorNodes(first.elts[0]!, 'only single target (not tuple) can be annotated');
      }
      if (first._type === 'Tuple' || first._type === 'List') {
        const what = first._type === 'Tuple' ? 'tuple' : 'list';
        throw this.errorNodes(first, `only single target (not ${what}) can be annotated`);
      }
      if (first._type !== 'Name' && first._type !== 'Attribute' && first._type !== 'Subscript') {
        throw this.errorNodes(first, 'illegal target for annotation');
      }
      let value: Expr | null = null;
      if (this.eatOp('=')) value = this.atKw('yield') ? this.yieldExpr() : this.starExpressions();
      const simple = first._type === 'Name' && !(start.type === Tok.OP && start.s === '(') ? 1 : 0;
      this.toStore(first, 'assign');
      return { _type: 'AnnAssign', target: first, annotation, value, simple, ...this.from(start) };
    }
    if (this.peek().type !== Tok.NEWLINE && !this.atOp(';')) {
      if (
        first._type === 'Name' &&
        (first.id === 'print' || first.id === 'exec') &&
        this.startsExpression()
      ) {
        this.legacyCall(first);
      }
      this.endOfSimple();
    }
    return { _type: 'Expr', value: first, ...this.from(start) };
  }

  /**
   * A statement must end here. If an expression follows instead, CPython's second pass tries
   * invalid_expression on it, so a specific error found inside it wins; else "invalid syntax".
   */
  private endOfSimple(): void {
    if (this.peek().type === Tok.NEWLINE || this.atOp(';')) return;
    if (this.startsExpression()) {
      if (this.peek().level > 0) this.forgotComma();
      this.probeExpression();
    }
    throw this.invalid();
  }

  /**
   * Checks one assignment target before its '='. A bad target means CPython's second pass
   * reaches invalid_assignment, whose star_named_expression on the statement's `first`
   * target (its last element, for a bare comma list) may raise invalid_named_expression's
   * "Maybe you meant '=='" first; `firstEq` is the index of the '=' after it.
   */
  private checkTarget(x: Expr, first: Expr | null, firstEq: number): void {
    const isYield = x._type === 'Yield' || x._type === 'YieldFrom';
    const bad = isYield ? x : invalidTarget(x, 'assign');
    if (bad === null) return;
    if (first !== null) this.checkHereTarget(first, firstEq);
    if (isYield) throw this.errorNodes(x, 'assignment to yield expression not possible');
    throw this.errorNodes(bad as Expr, `cannot assign to ${exprName(bad as Expr)}`);
  }

  /**
   * `x.y := 1` as a statement: invalid_assignment's star_named_expression reaches
   * invalid_named_expression on the element before ':=' (a name there is a plain walrus).
   */
  private walrusTarget(first: Expr): void {
    let x = first;
    if (x._type === 'Tuple' && !this.parenthesized.has(x) && x.elts.length > 0)
      x = x.elts[x.elts.length - 1]!;
    if (x._type === 'Name' || x._type === 'Starred') return;
    if (this.expressionFollows())
      throw this.errorNodes(x, `cannot use assignment expressions with ${exprName(x)}`);
  }

  /** `print x` / `exec x`: CPython's "Missing parentheses in call to ..." message. */
  private legacyCall(name: Expr & { _type: 'Name' }): never {
    const save = this.i;
    let rest: Expr;
    try {
      rest = this.starExpressions();
    } catch {
      this.i = save;
      throw this.invalid();
    }
    throw this.errorNodes(
      name,
      `Missing parentheses in call to '${name.id}'. Did you mean ${name.id}(...)?`,
      rest,
    );
  }

  /**
   * invalid_named_expression on the element before the statement's first '=' (at `eqAt`):
   * `NAME = bitwise_or` or a non-target `bitwise_or = bitwise_or`, not followed by '=' or ':='.
   */
  private checkHereTarget(first: Expr, eqAt: number): void {
    let x = first;
    if (x._type === 'Tuple' && !this.parenthesized.has(x) && x.elts.length > 0)
      x = x.elts[x.elts.length - 1]!;
    const excluded =
      x._type === 'List' ||
      x._type === 'Tuple' ||
      x._type === 'GeneratorExp' ||
      (x._type === 'Constant' && (x.value.tag === 'bool' || x.value.tag === 'None'));
    const bitOrLevel =
      !['Compare', 'BoolOp', 'IfExp', 'Lambda', 'Starred', 'NamedExpr'].includes(x._type) &&
      !(x._type === 'UnaryOp' && x.op._type === 'Not');
    if (excluded || !bitOrLevel) return;
    const save = this.i;
    const far = this.far;
    this.i = eqAt;
    this.advance();
    let b: Expr | null = null;
    try {
      b = this.bitOr();
      if (this.atOp('=') || this.atOp(':=')) b = null;
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
    }
    this.i = save;
    this.far = far;
    if (b === null) return;
    if (x._type === 'Name')
      throw this.errorNodes(x, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", b);
    throw this.errorNodes(x, `cannot assign to ${exprName(x)} here. Maybe you meant '==' instead of '='?`);
  }

  private dottedName(): string {
    let s = this.expectName().s;
    while (this.eatOp('.')) s += `.${this.expectName().s}`;
    return s;
  }

  private importStmt(): Stmt {
    const t = this.advance();
    const names: Alias[] = [];
    do {
      const a = this.peek();
      const name = this.dottedName();
      const asname = this.eatKw('as') ? this.expectName().s : null;
      names.push({ _type: 'alias', name, asname, ...span(tokStart(a), tokEnd(this.prev)) });
    } while (this.eatOp(','));
    return { _type: 'Import', names, ...span(tokStart(t), tokEnd(this.prev)) };
  }

  private fromImport(): Stmt {
    const t = this.advance();
    let level = 0;
    while (this.atOp('.') || this.atOp('...')) level += this.advance().s.length;
    const module = level > 0 && this.atKw('import') ? null : this.dottedName();
    if (!this.eatKw('import')) throw this.invalid();
    const names: Alias[] = [];
    if (this.atOp('*')) {
      const s = this.advance();
      names.push({ _type: 'alias', name: '*', asname: null, ...span(tokStart(s), tokEnd(s)) });
    } else {
      const paren = this.eatOp('(');
      do {
        if (paren && this.atOp(')')) break;
        if (!paren && names.length > 0 && this.peek().type === Tok.NEWLINE) {
          throw this.errorLast('trailing comma not allowed without surrounding parentheses');
        }
        const a = this.expectName();
        const asname = this.eatKw('as') ? this.expectName().s : null;
        names.push({ _type: 'alias', name: a.s, asname, ...span(tokStart(a), tokEnd(this.prev)) });
      } while (this.eatOp(','));
      if (paren) this.expectOp(')');
    }
    return { _type: 'ImportFrom', module, names, level, ...span(tokStart(t), tokEnd(this.prev)) };
  }
}
