// Atoms: names, constants, strings, numbers, and the bracketed forms (groups, tuples, lists,
// dicts, sets and their comprehensions), plus yield expressions.

import { ArgsParser } from './arguments.js';
import type { Expr } from './ast.js';
import { PySyntaxError } from './errors.js';
import { concatStrings } from './fstrings.js';
import { parseNumber } from './names.js';
import { span, tokEnd, tokStart } from './parserbase.js';
import { Tok, type Token } from './tokens.js';

/** Adds atoms and displays: the complete expression parser. */
export class AtomParser extends ArgsParser {
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
    if (this.atOp('**')) {
      // invalid_group: '(' '**' expression ')' (also an f-string's `{**a}`).
      const at = this.i;
      const far = this.far;
      const farMax = this.farMax;
      const star = this.advance();
      let closed = false;
      try {
        this.expression();
        closed = this.atOp(')');
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
      }
      if (closed)
        throw this.errorNodes(
          span(tokStart(star), tokEnd(star)),
          'cannot use double starred expression here',
        );
      // Otherwise the plain error at the '**' nothing else accepts.
      this.far = Math.max(far, at);
      this.farMax = Math.max(farMax, at);
      throw this.invalid();
    }
    const first = this.starNamedExpression();
    this.starredComprehension(first);
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
    const tuple: Expr = {
      _type: 'Tuple',
      elts,
      ctx: { _type: 'Load' },
      ...span(tokStart(open), tokEnd(close)),
    };
    this.parenthesized.add(tuple);
    return tuple;
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
    this.starredComprehension(first);
    if (this.atKw('for') || this.atKw('async')) {
      const generators = this.comprehensions();
      const close = this.closeOrComma(']');
      return { _type: 'ListComp', elt: first, generators, ...span(tokStart(open), tokEnd(close)) };
    }
    const elts = [first];
    let comma: Token | null = null;
    while (this.atOp(',')) {
      comma = this.advance();
      if (this.atOp(']') || this.atFor()) break;
      elts.push(this.starNamedExpression());
      comma = null;
    }
    this.unparenthesizedTarget(elts, comma);
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
    this.starredComprehension(first);
    if (this.atKw('for') || this.atKw('async')) {
      const generators = this.comprehensions();
      const close = this.closeOrComma('}');
      return { _type: 'SetComp', elt: first, generators, ...span(tokStart(open), tokEnd(close)) };
    }
    const elts = [first];
    let comma: Token | null = null;
    while (this.atOp(',')) {
      comma = this.advance();
      if (this.atOp('}') || this.atFor()) break;
      elts.push(this.starNamedExpression());
      comma = null;
    }
    this.unparenthesizedTarget(elts, comma);
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
      if (this.atOp('**')) {
        const stars = this.advance();
        keys.push(null);
        values.push(this.bitOr());
        // invalid_dict_comprehension: `{**a for b in c}`.
        if (keys.length === 1 && this.comprehensionFollows()) {
          const save = this.i;
          const far = this.far;
          this.comprehensions();
          if (this.atOp('}'))
            throw this.errorAt(stars, 'dict unpacking cannot be used in dict comprehension');
          this.i = save;
          this.far = far;
        }
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
}
