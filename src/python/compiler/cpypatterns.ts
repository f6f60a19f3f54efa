// compile.c's pattern matching (compiler_match_inner, compiler_pattern_*), reduced to the
// constants, names and lists it makes. Used by cpyvisit.ts.

import type { Const } from './cpyconsts.js';
import { allConst, str } from './cpyhelpers.js';
import type { Walker } from './cpywalk.js';
import type { Node } from './node.js';

/** `_` as a pattern: MatchAs without a pattern or a name. */
export function isWildcard(p: Node): boolean {
  return p._type === 'MatchAs' && !p.pattern && !p.name;
}

export function pattern(w: Walker, p: Node | null): void {
  if (!p) return;
  switch (p._type) {
    case 'MatchValue':
      w.expr(p.value);
      return;
    case 'MatchSingleton':
      w.konst(p.value as Const);
      return;
    case 'MatchSequence': {
      // len(subject) == size, or >= size - 1 with a starred item.
      const items = p.patterns as Node[];
      const star = items.findIndex((x) => x._type === 'MatchStar');
      if (star < 0) w.konst({ tag: 'int', value: BigInt(items.length) });
      else if (items.length > 1) w.konst({ tag: 'int', value: BigInt(items.length - 1) });
      for (const x of items) pattern(w, x);
      return;
    }
    case 'MatchMapping': {
      const keys = p.keys as Node[];
      if (keys.length > 0) w.konst({ tag: 'int', value: BigInt(keys.length) });
      w.alloc.otherNew(); // the set of keys seen
      for (const k of keys) w.expr(k);
      w.alloc.otherFree();
      const c = allConst(keys);
      if (c !== null && keys.length > 0) w.current.cfgTuples.push({ tag: 'tuple', items: c });
      for (const x of p.patterns) pattern(w, x);
      if (p.rest) w.nameop(p.rest);
      return;
    }
    case 'MatchClass':
      w.expr(p.cls);
      w.addMadeTuple((p.kwd_attrs as string[]).map(str));
      for (const x of p.patterns) pattern(w, x);
      for (const x of p.kwd_patterns) pattern(w, x);
      return;
    case 'MatchStar':
      if (p.name) w.nameop(p.name);
      return;
    case 'MatchAs':
      pattern(w, p.pattern);
      if (p.name) w.nameop(p.name);
      return;
    case 'MatchOr':
      // compiler_pattern_or: a list of captures per alternative, the first kept as control.
      (p.patterns as Node[]).forEach((x, i) => {
        w.alloc.listNew();
        if (i >= 2) w.alloc.listFree();
        pattern(w, x);
      });
      w.alloc.listFree();
      w.alloc.listFree();
  }
}
