// The `match` statement's share of co_stacksize (stackdepth.ts): compiler_match and the
// compiler_pattern_* functions of CPython 3.11. A pattern starts with its subject on top of
// the stack and, on success, leaves in its place the values it captured (rotated beneath
// whatever the enclosing patterns keep on top), which the case then stores.

import type { Node } from './node.js';
import type { StackExprs } from './stackexprs.js';

const isWildcard = (p: Node) => p._type === 'MatchAs' && p.pattern == null && p.name == null;

/** How many names `p` binds (the values it leaves on the stack). */
function captures(p: Node): number {
  switch (p._type) {
    case 'MatchAs':
      return (p.name != null ? 1 : 0) + (p.pattern != null ? captures(p.pattern) : 0);
    case 'MatchStar':
      return p.name != null ? 1 : 0;
    case 'MatchOr':
      return captures((p.patterns as Node[])[0]);
    case 'MatchSequence':
      return (p.patterns as Node[]).reduce((n, x) => n + captures(x), 0);
    case 'MatchMapping':
      return (p.patterns as Node[]).reduce((n, x) => n + captures(x), 0) + (p.rest != null ? 1 : 0);
    case 'MatchClass':
      return [...(p.patterns as Node[]), ...(p.kwd_patterns as Node[])].reduce((n, x) => n + captures(x), 0);
    default:
      return 0;
  }
}

/** Compiles pattern `p` whose subject is on top of a stack of height h; returns the height after. */
function pattern(w: StackExprs, p: Node, h: number): number {
  switch (p._type) {
    case 'MatchValue':
      w.expr(p.value, h);
      return h - 1;
    case 'MatchSingleton':
      // `LOAD_CONST None; IS_OP; POP_JUMP_IF_FALSE` becomes POP_JUMP_IF_NOT_NONE.
      if (p.value.tag !== 'None') w.at(h + 1);
      return h - 1;
    case 'MatchAs':
    case 'MatchStar':
      if (p.pattern == null) return p.name != null ? h : h - 1;
      w.at(h + 1);
      return pattern(w, p.pattern, h + 1);
    case 'MatchOr': {
      for (const alt of p.patterns as Node[]) {
        w.at(h + 1);
        pattern(w, alt, h + 1);
      }
      return h - 1 + captures(p);
    }
    case 'MatchSequence':
      return sequence(w, p, h);
    case 'MatchMapping':
      return mapping(w, p, h);
    case 'MatchClass': {
      w.expr(p.cls, h);
      w.at(h + 2);
      w.at(h + 1);
      const subs = [...(p.patterns as Node[]), ...(p.kwd_patterns as Node[])];
      let cur = h - 1 + subs.length;
      w.at(cur);
      for (const sub of subs) cur = isWildcard(sub) ? cur - 1 : pattern(w, sub, cur);
      return cur;
    }
    default:
      return h - 1;
  }
}

function sequence(w: StackExprs, p: Node, h: number): number {
  const elts = p.patterns as Node[];
  const star = elts.findIndex((x) => x._type === 'MatchStar');
  const starWildcard = star >= 0 && elts[star].name == null;
  w.at(h + 1); // MATCH_SEQUENCE
  if (star < 0 || elts.length > 1) w.at(h + 2); // GET_LEN, LOAD_CONST
  const onlyWildcards = elts.every((x) => isWildcard(x) || (x._type === 'MatchStar' && x.name == null));
  if (onlyWildcards) return h - 1;
  if (starWildcard) {
    // pattern_helper_sequence_subscr: subject[i] (or subject[len - i]) for each pattern.
    let cur = h;
    elts.forEach((x, i) => {
      if (i === star || isWildcard(x)) return;
      w.at(cur + (i < star ? 2 : 3));
      cur = pattern(w, x, cur + 1);
    });
    return cur - 1;
  }
  let cur = h - 1 + elts.length;
  w.at(cur);
  for (const x of elts) cur = isWildcard(x) ? cur - 1 : pattern(w, x, cur);
  return cur;
}

function mapping(w: StackExprs, p: Node, h: number): number {
  const keys = p.keys as Node[];
  const n = keys.length;
  w.at(h + 1); // MATCH_MAPPING
  if (n === 0 && p.rest == null) return h - 1;
  if (n > 0) w.at(h + 2); // GET_LEN, LOAD_CONST, COMPARE_OP >=
  // The keys' BUILD_TUPLE, folded into one constant when they all are constants.
  if (keys.every((k) => k._type === 'Constant')) w.at(h + 1);
  else
    keys.forEach((k, i) => {
      w.expr(k, h + i);
    });
  w.at(h + 3); // MATCH_KEYS, COPY 1 (POP_JUMP_IF_NONE)
  let cur = h + 1 + n;
  w.at(cur);
  for (const x of p.patterns as Node[]) cur = isWildcard(x) ? cur - 1 : pattern(w, x, cur);
  if (p.rest == null) return cur - 2;
  // rest = dict(subject) without the keys: BUILD_MAP, SWAP, DICT_UPDATE, UNPACK the keys,
  // DELETE_SUBSCR each.
  w.at(cur + 1);
  w.at(cur - 1 + n + 1);
  return cur - 1;
}

/** compiler_match: the subject, then each case's pattern, stores, guard and body. */
export function matchStmt(
  w: StackExprs,
  s: Node,
  h: number,
  jumpIf: (e: Node, h: number) => void,
  body: (stmts: Node[], h: number) => boolean,
): void {
  w.expr(s.subject, h);
  const cases = s.cases as Node[];
  const hasDefault = cases.length > 1 && isWildcard(cases[cases.length - 1].pattern) ? 1 : 0;
  cases.slice(0, cases.length - hasDefault).forEach((c, i) => {
    const copy = i !== cases.length - hasDefault - 1;
    const start = copy ? h + 2 : h + 1;
    w.at(start);
    pattern(w, c.pattern, start);
    const after = start - 1;
    if (c.guard) jumpIf(c.guard, after);
    body(c.body, h);
  });
  if (hasDefault) {
    const c = cases[cases.length - 1];
    if (c.guard) jumpIf(c.guard, h);
    body(c.body, h);
  }
}
