// Argument lists of calls, comprehension clauses and def/lambda parameters, with CPython's
// messages for misplaced arguments and parameters.

import type { Arg, Arguments, Comprehension, Expr, Keyword } from './ast.js';
import type { PySyntaxError } from './errors.js';
import { ExprParser } from './expressions.js';
import { exprName, invalidTarget } from './names.js';
import { type End, type Start, span, tokEnd, tokStart } from './parserbase.js';
import { Tok, type Token } from './tokens.js';

/** Adds calls, comprehensions and parameters to the expression parser. */
export abstract class ArgsParser extends ExprParser {
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
        // `f(*a for a in b)`: the call's genexp (invalid_comprehension).
        if (args.length + keywords.length === 0) this.starredComprehension(star);
        if (sawDoubleStar) {
          throw this.errorAt(t, 'iterable argument unpacking follows keyword argument unpacking');
        }
        args.push(star);
      } else if (this.atName() && this.atOp('=', 1)) {
        this.advance();
        const eq = this.advance();
        const value = this.expression();
        // invalid_kwarg: `f(a=x for x in y)`.
        if (this.comprehensionFollows())
          throw this.errorAt(t, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", eq);
        keywords.push({ _type: 'keyword', arg: t.s, value, ...this.from(t) });
        sawKw = true;
      } else {
        let e = this.namedExpression(false);
        if (this.atKw('for') || (this.atKw('async') && this.atKw('for', 1))) {
          if (inClass) throw this.errorAt(this.peek(), 'invalid syntax');
          const generators = this.comprehensions();
          e = { _type: 'GeneratorExp', elt: e, generators, ...span(tokStart(open), tokEnd(this.peek())) };
          if (args.length + keywords.length > 0 || !this.atOp(')')) {
            const g = generators[generators.length - 1]!;
            const last = g.ifs.length > 0 ? g.ifs[g.ifs.length - 1]! : g.iter;
            throw this.errorNodes(e.elt, 'Generator expression must be parenthesized', last);
          }
        } else if (this.atOp('=')) {
          // invalid_kwarg: True/False/None as a keyword's name.
          if (
            e._type === 'Constant' &&
            (e.value.tag === 'bool' || e.value.tag === 'None') &&
            t.type === Tok.NAME
          )
            throw this.errorNodes(e, `cannot assign to ${t.s}`, span(e, tokEnd(this.peek())));
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
      // invalid_arguments' `args ',' args` alternative matched before the stray token: its
      // message, placed (as CPython's parser leaves it) on the token after.
      if (pending !== null) throw this.errorAt(this.peek(1), pending);
      throw this.invalid();
    }
    if (pending !== null) throw this.errorAt(this.peek(), pending);
    const close = this.advance();
    return { _type: 'Call', func, args, keywords, ...span(st, tokEnd(close)) };
  }

  /** for_if_clauses: one or more [async] for ... in ... [if ...]. */
  protected comprehensions(): Comprehension[] {
    const gens: Comprehension[] = [];
    while (this.atKw('for') || (this.atKw('async') && this.atKw('for', 1))) {
      const isAsync = this.eatKw('async') ? 1 : 0;
      this.advance();
      const target = this.targetList('in');
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

  /** At `for` or `async for` (the token after `async` read without moving the error mark). */
  protected atFor(): boolean {
    if (this.atKw('for')) return true;
    if (!this.atKw('async')) return false;
    const t = this.toks[Math.min(this.i + 1, this.toks.length - 1)]!;
    return t.type === Tok.NAME && t.s === 'for';
  }

  /** Whether for_if_clauses parse from here (a rewound probe); their specific errors escape. */
  protected comprehensionFollows(): boolean {
    if (!this.atFor()) return false;
    const save = this.i;
    const far = this.far;
    try {
      this.comprehensions();
      // CPython's tokenizer raises at the token after the clauses: an unclosed bracket at the end.
      const next = this.toks[this.i]!;
      if (next.type === Tok.ERROR) throw this.hardError(next.err!);
      return true;
    } catch (e) {
      if (this.isHardError(e) || (e as PySyntaxError).msg !== 'invalid syntax') throw e;
      return false;
    } finally {
      this.i = save;
      this.far = far;
    }
  }

  /** invalid_comprehension: a starred element before for_if_clauses (`[*a for a in b]`). */
  protected starredComprehension(first: Expr): void {
    if (first._type === 'Starred' && this.comprehensionFollows())
      throw this.errorNodes(first, 'iterable unpacking cannot be used in comprehension');
  }

  /**
   * invalid_comprehension: `[a, b for …]` or `{a, for …}`, several elements (`last`, or the
   * trailing `comma` after one) before for_if_clauses.
   */
  protected unparenthesizedTarget(elts: Expr[], comma: Token | null): void {
    if (!this.comprehensionFollows()) return;
    const msg = 'did you forget parentheses around the comprehension target?';
    if (elts.length > 1) throw this.errorNodes(elts[0]!, msg, elts[elts.length - 1]!);
    if (comma !== null) throw this.errorNodes(elts[0]!, msg, span(tokStart(comma), tokEnd(comma)));
  }

  /**
   * A for-target list (star_targets) that must be followed by the keyword `stop`, stored. As in
   * CPython, the first attempt reads only real targets (primaries); if that fails, the second
   * (invalid_for_target) reads star_expressions to name a bad target or a missing comma, and
   * otherwise the error stays where the first attempt stopped.
   */
  protected targetList(stop: string): Expr {
    const startIdx = this.i;
    try {
      const st = this.peek();
      const first = this.starTargetAtom();
      let target = first;
      if (this.atOp(',')) {
        const elts = [first];
        while (this.eatOp(',')) {
          if (this.atKw(stop)) break;
          elts.push(this.starTargetAtom());
        }
        target = { _type: 'Tuple', elts, ctx: { _type: 'Load' }, ...this.from(st) };
      }
      if (!this.atKw(stop)) throw this.invalid();
      return this.toStore(target, 'for');
    } catch (e) {
      if (this.isHardError(e) || (e as PySyntaxError).msg !== 'invalid syntax') throw e;
      const far = this.far;
      this.i = startIdx;
      let all: Expr | null = null;
      try {
        all = this.starExpressions();
        if (!this.atKw(stop) && this.startsExpression() && this.peek().level > 0) this.forgotComma();
      } catch (e2) {
        if (this.isHardError(e2) || (e2 as PySyntaxError).msg !== 'invalid syntax') throw e2;
      }
      if (all !== null) {
        const bad = invalidTarget(all, 'for');
        if (bad !== null) throw this.errorNodes(bad, `cannot assign to ${exprName(bad)}`);
      }
      this.far = far;
      throw this.invalid();
    }
  }

  /** star_target: ['*'] a primary (attribute, subscript, name, or bracketed targets). */
  protected starTargetAtom(): Expr {
    if (this.atOp('*')) {
      const t = this.advance();
      const value = this.primary();
      return { _type: 'Starred', value, ctx: { _type: 'Load' }, ...this.from(t) };
    }
    return this.primary();
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
        if (star) throw this.errorAt(t, '/ must be ahead of *');
        if (a.posonlyargs.length > 0) throw this.errorAt(t, '/ may appear only once');
        if (a.args.length === 0) throw this.errorAt(t, 'at least one argument must precede /');
        a.posonlyargs = a.args;
        a.args = [];
        if (this.atOp('*')) throw this.errorAt(this.peek(), 'expected comma between / and *');
      } else if (this.atOp('**')) {
        this.advance();
        a.kwarg = this.param(annotated, false);
        if (this.atOp('=')) throw this.errorAt(this.peek(), 'var-keyword argument cannot have default value');
        if (this.eatOp(',') && !this.atOp(close))
          throw this.errorLast('arguments cannot follow var-keyword argument');
        break;
      } else if (this.atOp('*')) {
        const t = this.advance();
        if (star) throw this.errorAt(t, '* argument may appear only once');
        star = true;
        if (this.atOp(close) || (this.atOp(',') && (this.atOp(close, 1) || this.atOp('**', 1)))) {
          // invalid_star_etc points at the '*'; invalid_lambda_star_etc at the last token read.
          const at = close === ':' ? this.peek(this.atOp(close) ? 0 : 1) : t;
          throw this.errorAt(at, 'named arguments must follow bare *');
        }
        if (!this.atOp(',')) {
          a.vararg = this.param(annotated, true);
          if (this.atOp('='))
            throw this.errorAt(this.peek(), 'var-positional argument cannot have default value');
        }
      } else {
        if (this.atOp('(') && !star && a.defaults.length === 0) this.parenthesizedParams(close);
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

  /** invalid_parameters: `def f((a, b))`, names in parentheses (a rewound probe otherwise). */
  private parenthesizedParams(close: string): void {
    const save = this.i;
    const far = this.far;
    const open = this.advance();
    let names = 0;
    while (this.atName()) {
      this.advance();
      names++;
      if (!this.eatOp(',')) break;
    }
    if (names > 0 && this.atOp(')')) {
      const what = close === ':' ? 'Lambda expression parameters' : 'Function parameters';
      throw this.errorAt(open, `${what} cannot be parenthesized`, this.peek());
    }
    this.i = save;
    this.far = far;
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
