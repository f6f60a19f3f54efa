// Patterns of the `match` statement (PEP 634), as Python 3.11's grammar builds them: or/as
// patterns, literals, captures and the wildcard, dotted values, groups, sequences, mappings and
// class patterns. The statement itself (`match` is a soft keyword) is parsed in statements.ts.

import type { Expr, Pattern } from './ast.js';
import { span, tokEnd, tokStart } from './parserbase.js';
import { TargetParser } from './targets.js';
import { Tok, type Token } from './tokens.js';

/** Adds pattern parsing to the parser. */
export class PatternParser extends TargetParser {
  /** patterns: open_sequence_pattern (a MatchSequence) | pattern. */
  protected patterns(): Pattern {
    const st = this.peek();
    const first = this.maybeStarPattern();
    if (!this.atOp(',')) {
      if (first._type === 'MatchStar') throw this.invalid();
      return first;
    }
    const pats = [first];
    while (this.eatOp(',')) {
      if (this.atOp(':') || this.atKw('if')) break;
      pats.push(this.maybeStarPattern());
    }
    return { _type: 'MatchSequence', patterns: pats, ...this.from(st) };
  }

  /** pattern: or_pattern ['as' capture target]. */
  protected pattern(): Pattern {
    const st = this.peek();
    const p = this.orPattern();
    if (!this.atKw('as')) return p;
    this.advance();
    const n = this.peek();
    if (!this.atName() || n.s === '_') {
      if (n.s === '_') throw this.errorAt(n, "cannot use '_' as a target");
      throw this.invalid();
    }
    this.advance();
    return { _type: 'MatchAs', pattern: p, name: n.s, ...this.from(st) };
  }

  private orPattern(): Pattern {
    const st = this.peek();
    const first = this.closedPattern();
    if (!this.atOp('|')) return first;
    const pats = [first];
    while (this.eatOp('|')) pats.push(this.closedPattern());
    return { _type: 'MatchOr', patterns: pats, ...this.from(st) };
  }

  private maybeStarPattern(): Pattern {
    if (!this.atOp('*')) return this.pattern();
    const st = this.advance();
    const n = this.expectName();
    return { _type: 'MatchStar', name: n.s === '_' ? null : n.s, ...this.from(st) };
  }

  private closedPattern(): Pattern {
    const t = this.peek();
    const here = span(tokStart(t), tokEnd(t));
    if (t.type === Tok.NUMBER || (t.type === Tok.OP && t.s === '-') || t.type === Tok.STRING) {
      return { _type: 'MatchValue', value: this.literalExpr(), ...this.from(t) };
    }
    if (t.type === Tok.NAME) {
      if (t.s === 'None' || t.s === 'True' || t.s === 'False') {
        this.advance();
        const value =
          t.s === 'None' ? ({ tag: 'None' } as const) : ({ tag: 'bool', value: t.s === 'True' } as const);
        return { _type: 'MatchSingleton', value, ...here };
      }
      if (!this.atName()) throw this.invalid();
      const name = this.nameOrAttr();
      if (this.atOp('(')) return this.classPattern(t, name);
      if (name._type === 'Attribute') return { _type: 'MatchValue', value: name, ...this.from(t) };
      if (t.s === '_') return { _type: 'MatchAs', pattern: null, name: null, ...here };
      return { _type: 'MatchAs', pattern: null, name: t.s, ...here };
    }
    if (t.type === Tok.OP && t.s === '(') {
      this.advance();
      if (this.atOp(')')) {
        this.advance();
        return { _type: 'MatchSequence', patterns: [], ...this.from(t) };
      }
      const first = this.maybeStarPattern();
      if (this.eatOp(')')) {
        if (first._type === 'MatchStar')
          return { _type: 'MatchSequence', patterns: [first], ...this.from(t) };
        return first;
      }
      const pats = [first];
      while (this.eatOp(',')) {
        if (this.atOp(')')) break;
        pats.push(this.maybeStarPattern());
      }
      this.expectOp(')');
      return { _type: 'MatchSequence', patterns: pats, ...this.from(t) };
    }
    if (t.type === Tok.OP && t.s === '[') {
      this.advance();
      const pats: Pattern[] = [];
      while (!this.atOp(']')) {
        pats.push(this.maybeStarPattern());
        if (!this.eatOp(',')) break;
      }
      this.expectOp(']');
      return { _type: 'MatchSequence', patterns: pats, ...this.from(t) };
    }
    if (t.type === Tok.OP && t.s === '{') return this.mappingPattern(t);
    throw this.invalid();
  }

  /** name_or_attr: NAME ('.' NAME)*, as a Name or Attribute expression. */
  private nameOrAttr(): Expr {
    const st = this.advance();
    let e: Expr = { _type: 'Name', id: st.s, ctx: { _type: 'Load' }, ...span(tokStart(st), tokEnd(st)) };
    while (this.eatOp('.')) {
      const n = this.expectName();
      e = { _type: 'Attribute', value: e, attr: n.s, ctx: { _type: 'Load' }, ...this.from(st) };
    }
    return e;
  }

  /** literal_expr: signed numbers, complex literals and strings (None/True/False handled by callers). */
  private literalExpr(): Expr {
    const st = this.peek();
    if (st.type === Tok.STRING) {
      const e = this.atom();
      if (e._type === 'JoinedStr')
        throw this.errorNodes(e, 'patterns may only match literals and attribute lookups');
      return e;
    }
    let left = this.signedNumber();
    if (this.atOp('+') || this.atOp('-')) {
      // complex_number: a real number, then an imaginary one (_PyPegen_ensure_real/imaginary).
      const real = left._type === 'UnaryOp' ? left.operand : left;
      if (real._type === 'Constant' && real.value.tag === 'complex')
        throw this.errorNodes(real, 'real number required in complex literal');
      const op = this.advance().s === '+' ? 'Add' : 'Sub';
      const right = this.signedNumber(false);
      if (right._type === 'Constant' && right.value.tag !== 'complex')
        throw this.errorNodes(right, 'imaginary number required in complex literal');
      left = { _type: 'BinOp', left, op: { _type: op }, right, ...this.from(st) };
    }
    return left;
  }

  private signedNumber(allowMinus = true): Expr {
    const st = this.peek();
    if (allowMinus && this.eatOp('-')) {
      const operand = this.numberAtom();
      return { _type: 'UnaryOp', op: { _type: 'USub' }, operand, ...this.from(st) };
    }
    return this.numberAtom();
  }

  private numberAtom(): Expr {
    if (this.peek().type !== Tok.NUMBER) throw this.invalid();
    return this.atom();
  }

  private classPattern(st: Token, cls: Expr): Pattern {
    this.advance();
    const patterns: Pattern[] = [];
    const kwd_attrs: string[] = [];
    const kwd_patterns: Pattern[] = [];
    while (!this.atOp(')')) {
      if (this.atName() && this.atOp('=', 1)) {
        kwd_attrs.push(this.advance().s);
        this.advance();
        kwd_patterns.push(this.pattern());
      } else {
        const p = this.pattern();
        if (kwd_attrs.length > 0) throw this.errorNodes(p, 'positional patterns follow keyword patterns');
        patterns.push(p);
      }
      if (!this.eatOp(',')) break;
    }
    this.expectOp(')');
    return { _type: 'MatchClass', cls, patterns, kwd_attrs, kwd_patterns, ...this.from(st) };
  }

  private mappingPattern(st: Token): Pattern {
    this.advance();
    const keys: Expr[] = [];
    const patterns: Pattern[] = [];
    let rest: string | null = null;
    while (!this.atOp('}')) {
      if (this.eatOp('**')) {
        // double_star_pattern: '**' pattern_capture_target, which is never '_'.
        const n = this.peek();
        if (n.type === Tok.NAME && n.s === '_') throw this.invalid();
        rest = this.expectName().s;
        this.eatOp(',');
        break;
      }
      const t = this.peek();
      let key: Expr;
      if (t.type === Tok.NAME && (t.s === 'None' || t.s === 'True' || t.s === 'False')) key = this.atom();
      else if (t.type === Tok.NAME) {
        key = this.nameOrAttr();
        if (key._type !== 'Attribute') throw this.invalid();
      } else key = this.literalExpr();
      this.expectOp(':');
      keys.push(key);
      patterns.push(this.pattern());
      if (!this.eatOp(',')) break;
    }
    this.expectOp('}');
    return { _type: 'MatchMapping', keys, patterns, rest, ...this.from(st) };
  }
}
