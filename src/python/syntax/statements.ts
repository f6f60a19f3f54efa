// Compound statements of Python 3.11's grammar (if/while/for/try/with/def/class/match, async
// forms, decorators) and blocks, with CPython's messages for a missing ':' and a missing indented
// block; simple statements are in simple.ts.

import type { ExceptHandler, Expr, MatchCase, Stmt, WithItem } from './ast.js';
import { PySyntaxError } from './errors.js';
import { span, tokEnd, tokStart } from './parserbase.js';
import { SimpleStmtParser } from './simple.js';
import { Tok, type Token } from './tokens.js';

/** The statement layer: the whole parser. */
export class StmtParser extends SimpleStmtParser {
  /** file: statements ENDMARKER. */
  parseFile(): Stmt[] {
    const body: Stmt[] = [];
    while (this.peek().type !== Tok.ENDMARKER) {
      if (this.peek().type === Tok.ERROR) throw this.invalid();
      this.statement(body);
    }
    return body;
  }

  /** statement: compound_stmt | simple_stmts; appends to `out`. */
  protected statement(out: Stmt[]): void {
    const t = this.peek();
    if (t.type === Tok.NAME) {
      switch (t.s) {
        case 'if':
          out.push(this.ifStmt());
          return;
        case 'while':
          out.push(this.whileStmt());
          return;
        case 'for':
          out.push(this.forStmt(null));
          return;
        case 'try':
          out.push(this.tryStmt());
          return;
        case 'with':
          out.push(this.withStmt(null));
          return;
        case 'def':
          out.push(this.funcDef([], null, t));
          return;
        case 'class':
          out.push(this.classDef([], t));
          return;
        case 'async':
          if (this.atKw('def', 1) || this.atKw('for', 1) || this.atKw('with', 1)) {
            this.advance();
            const k = this.peek().s;
            out.push(k === 'def' ? this.funcDef([], t, t) : k === 'for' ? this.forStmt(t) : this.withStmt(t));
            return;
          }
          break;
        case 'match': {
          const m = this.matchStmt();
          if (m instanceof PySyntaxError) {
            // `match x` + NEWLINE: "expected ':'" only if it is not a valid statement either.
            const save = this.i;
            try {
              this.simpleStmts(out);
              return;
            } catch {
              this.i = save;
              throw m;
            }
          }
          if (m !== null) {
            out.push(m);
            return;
          }
          break;
        }
      }
    } else if (t.type === Tok.OP && t.s === '@') {
      out.push(this.decorated());
      return;
    } else if (t.type === Tok.INDENT || t.type === Tok.DEDENT) {
      throw this.invalid();
    }
    this.simpleStmts(out);
  }

  /** match_stmt, or null (input rewound) when `match` is just a name here (a soft keyword). */
  private matchStmt(): Stmt | PySyntaxError | null {
    const save = this.i;
    const t = this.advance();
    let subject: Expr;
    try {
      if (this.peek().type === Tok.NEWLINE || this.atOp('=') || this.atOp('.')) throw this.invalid();
      const st = this.peek();
      const first = this.starNamedExpression();
      if (this.atOp(',')) {
        const elts = [first];
        while (this.eatOp(',')) {
          if (this.atOp(':')) break;
          elts.push(this.starNamedExpression());
        }
        subject = { _type: 'Tuple', elts, ctx: { _type: 'Load' }, ...this.from(st) };
      } else subject = first;
      if (this.peek().type === Tok.NEWLINE && first._type !== 'Starred') {
        throw this.errorAt(this.peek(), "expected ':'");
      }
      if (!this.atOp(':') || this.peek(1).type !== Tok.NEWLINE) throw this.invalid();
    } catch (e) {
      this.i = save;
      // A specific error in the subject only counts if the line is no valid statement either.
      if (e instanceof PySyntaxError && e.msg !== 'invalid syntax') return e;
      return null;
    }
    this.advance();
    if (this.peek().type !== Tok.NEWLINE) throw this.invalid();
    this.advance();
    if (this.peek().type !== Tok.INDENT) {
      const msg = `expected an indented block after 'match' statement on line ${t.lineno}`;
      throw this.errorAt(this.peek(), msg, this.peek(), 'IndentationError');
    }
    this.advance();
    const cases: MatchCase[] = [];
    while (this.atKw('case')) {
      const c = this.advance();
      const pattern = this.patterns();
      const guard = this.eatKw('if') ? this.namedExpression() : null;
      this.colon(false);
      const body = this.block("'case' statement", c);
      cases.push({ _type: 'match_case', pattern, guard, body });
    }
    if (cases.length === 0 || this.peek().type !== Tok.DEDENT) throw this.invalid();
    this.advance();
    return { _type: 'Match', subject, cases, ...this.from(t) };
  }

  /** The ':' after a compound header; a NEWLINE right there says "expected ':'". */
  private colon(forced: boolean): void {
    if (this.atOp(':')) {
      this.advance();
      return;
    }
    if (forced || this.peek().type === Tok.NEWLINE) throw this.errorAt(this.peek(), "expected ':'");
    throw this.invalid();
  }

  /** block: NEWLINE INDENT statements DEDENT | simple_stmts. */
  private block(what: string, header: Token): Stmt[] {
    const body: Stmt[] = [];
    if (this.peek().type === Tok.NEWLINE) {
      this.advance();
      if (this.peek().type !== Tok.INDENT) {
        const msg = `expected an indented block after ${what} on line ${header.lineno}`;
        throw this.errorAt(this.peek(), msg, this.peek(), 'IndentationError');
      }
      this.advance();
      while (this.peek().type !== Tok.DEDENT && this.peek().type !== Tok.ENDMARKER) this.statement(body);
      this.advance();
      return body;
    }
    this.simpleStmts(body);
    return body;
  }

  private ifStmt(): Stmt {
    const t = this.advance();
    const test = this.namedExpression();
    this.colon(false);
    const body = this.block(`'${t.s}' statement`, t);
    let orelse: Stmt[] = [];
    if (this.atKw('elif')) {
      orelse = [this.ifStmt()];
    } else if (this.atKw('else')) {
      const e = this.advance();
      this.colon(true);
      orelse = this.block("'else' statement", e);
    }
    return { _type: 'If', test, body, orelse, ...this.from(t) };
  }

  private whileStmt(): Stmt {
    const t = this.advance();
    const test = this.namedExpression();
    this.colon(false);
    const body = this.block("'while' statement", t);
    const orelse = this.elseClause();
    return {
      _type: 'While',
      test,
      body,
      orelse,
      ...this.from(t),
    };
  }

  private elseClause(): Stmt[] {
    if (!this.atKw('else')) return [];
    const e = this.advance();
    this.colon(true);
    return this.block("'else' statement", e);
  }

  private forStmt(async: Token | null): Stmt {
    const t = this.advance();
    const target = this.targetList('in');
    if (!this.eatKw('in')) throw this.invalid();
    const iter = this.starExpressions();
    this.colon(false);
    const body = this.block(`'for' statement`, t);
    const orelse = this.elseClause();
    const loc = this.from(async ?? t);
    if (async !== null) return { _type: 'AsyncFor', target, iter, body, orelse, type_comment: null, ...loc };
    return { _type: 'For', target, iter, body, orelse, type_comment: null, ...loc };
  }

  private withStmt(async: Token | null): Stmt {
    const t = this.advance();
    const items: WithItem[] = [];
    let done = false;
    if (this.atOp('(')) {
      // with_stmt's first alternative: '(' ','.with_item+ ','? ')' ':' — else back off.
      const save = this.i;
      try {
        this.advance();
        do {
          if (this.atOp(')')) break;
          items.push(this.withItem());
        } while (this.eatOp(','));
        this.expectOp(')');
        if (!this.atOp(':')) throw this.invalid();
        done = true;
      } catch (e) {
        if (!(e instanceof PySyntaxError) || e.msg !== 'invalid syntax') throw e;
        this.i = save;
        items.length = 0;
      }
    }
    if (!done) {
      do items.push(this.withItem());
      while (this.eatOp(','));
    }
    this.colon(false);
    const body = this.block(`'with' statement`, t);
    const loc = this.from(async ?? t);
    if (async !== null) return { _type: 'AsyncWith', items, body, type_comment: null, ...loc };
    return { _type: 'With', items, body, type_comment: null, ...loc };
  }

  private withItem(): WithItem {
    const context_expr = this.expression();
    let optional_vars: Expr | null = null;
    if (this.eatKw('as')) {
      optional_vars = this.toStore(this.starTarget(), 'assign');
    }
    return { _type: 'withitem', context_expr, optional_vars };
  }

  /** A single star_target (used after `as`). */
  private starTarget(): Expr {
    return this.atOp('*') ? this.starExpression() : this.bitOr();
  }

  private tryStmt(): Stmt {
    const t = this.advance();
    this.colon(true);
    const body = this.block("'try' statement", t);
    const handlers: ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.atKw('except')) {
      const e = this.advance();
      const isStar = this.eatOp('*');
      if (star !== null && star !== isStar) {
        throw this.errorAt(e, "cannot have both 'except' and 'except*' on the same 'try'");
      }
      star = isStar;
      // invalid_except_stmt: `except*` with no type.
      if (isStar && (this.atOp(':') || this.peek().type === Tok.NEWLINE))
        throw this.errorAt(this.peek(), 'expected one or more exception types');
      let type: Expr | null = null;
      let name: string | null = null;
      if (!this.atOp(':')) {
        type = this.expression();
        if (this.atOp(',')) {
          const elts = [type];
          while (this.eatOp(',')) elts.push(this.expression());
          throw this.errorNodes(
            type,
            'multiple exception types must be parenthesized',
            elts[elts.length - 1],
          );
        }
        if (this.eatKw('as')) name = this.expectName().s;
      }
      this.colon(false);
      const hb = this.block(isStar ? "'except*' statement" : "'except' statement", e);
      handlers.push({ _type: 'ExceptHandler', type, name, body: hb, ...this.from(e) });
    }
    const orelse = handlers.length > 0 ? this.elseClause() : [];
    let finalbody: Stmt[] = [];
    if (this.atKw('finally')) {
      const f = this.advance();
      this.colon(true);
      finalbody = this.block("'finally' statement", f);
    }
    if (handlers.length === 0 && finalbody.length === 0) {
      throw this.errorAt(this.peek(), "expected 'except' or 'finally' block");
    }
    const loc = this.from(t);
    if (star === true) return { _type: 'TryStar', body, handlers, orelse, finalbody, ...loc };
    return { _type: 'Try', body, handlers, orelse, finalbody, ...loc };
  }

  private decorated(): Stmt {
    const decorators: Expr[] = [];
    while (this.eatOp('@')) {
      decorators.push(this.namedExpression());
      if (this.peek().type !== Tok.NEWLINE) throw this.invalid();
      this.advance();
    }
    const t = this.peek();
    if (this.atKw('def')) return this.funcDef(decorators, null, t);
    if (this.atKw('class')) return this.classDef(decorators, t);
    if (this.atKw('async') && this.atKw('def', 1)) {
      this.advance();
      return this.funcDef(decorators, t, t);
    }
    throw this.invalid();
  }

  private funcDef(decorator_list: Expr[], async: Token | null, first: Token): Stmt {
    const t = this.advance();
    const name = this.expectName();
    this.forceOp('(');
    const args = this.parameters(')', true);
    this.expectOp(')');
    const returns = this.eatOp('->') ? this.expression() : null;
    this.colon(true);
    const body = this.block('function definition', t);
    const loc = this.from(first);
    const node = { name: name.s, args, body, decorator_list, returns, type_comment: null, ...loc };
    return async !== null ? { _type: 'AsyncFunctionDef', ...node } : { _type: 'FunctionDef', ...node };
  }

  private classDef(decorator_list: Expr[], first: Token): Stmt {
    const t = this.advance();
    const name = this.expectName();
    let bases: Expr[] = [];
    let keywords: import('./ast.js').Keyword[] = [];
    if (this.atOp('(')) {
      const fake: Expr = {
        _type: 'Name',
        id: '',
        ctx: { _type: 'Load' },
        ...span(tokStart(name), tokEnd(name)),
      };
      const call = this.call(fake, tokStart(name), true);
      if (call._type === 'Call') {
        bases = call.args;
        keywords = call.keywords;
      }
    }
    this.colon(false);
    const body = this.block('class definition', t);
    return {
      _type: 'ClassDef',
      name: name.s,
      bases,
      keywords,
      body,
      decorator_list,
      ...this.from(first),
    };
  }
}
