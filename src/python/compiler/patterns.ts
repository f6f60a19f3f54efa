// The `match` statement (PEP 634), as CPython 3.11's compiler_match lays it out.
//
// The subject is evaluated once into a temporary. Each case runs its pattern inside a
// labelled JS block; a failed check `break`s out of it. Captured values go into temporaries
// and are stored into their names, in the order CPython stores them, only once the whole
// pattern has matched; then the guard runs (the names stay bound if it fails, as in
// CPython). Values taken out of the subject along the way (items, attributes, mapping
// values) live in scratch temporaries released after the case, matched or not.
//
// Checks CPython's compiler makes are made here too, with its messages: irrefutable
// patterns before the last case, names bound twice, alternatives binding different names,
// mapping keys that are not literals or value patterns, repeated keyword attributes.

import { CompileError, type FunctionCompiler } from './compiler.js';
import { condition } from './conditions.js';
import { CMPOP } from './expressions.js';
import { storeName } from './names.js';
import type { ConstantValue, Node } from './node.js';
import { patternKey } from './patternkeys.js';

/** State of one case's pattern (CPython's pattern_context). */
interface PatternContext {
  /** The JS label to `break` when the pattern fails. */
  fail: string;
  /** Names captured so far, in store order. */
  stores: string[];
  /** The temporary holding each captured value. */
  captures: Map<string, string>;
  /** Temporaries to release (if set) once the case is over. */
  scratch: string[];
  /** Whether an irrefutable pattern is allowed here. */
  allowIrrefutable: boolean;
}

/** Compiles a `match` statement. */
export function matchStmt(fc: FunctionCompiler, s: Node): void {
  const e = fc.e;
  const subject = fc.expr(s.subject);
  const end = e.label('match');
  const cases = s.cases as Node[];
  const last = cases[cases.length - 1];
  const hasDefault = isWildcard(last.pattern) && cases.length > 1;
  e.open(`${end}: {`);
  cases.forEach((m, i) => {
    if (hasDefault && i === cases.length - 1) {
      fc.setLine(m.pattern);
      e.line(`$.decref(${subject}); ${subject} = 0;`);
      if (m.guard) {
        const c = condition(fc, m.guard);
        e.open(`if (${c}) {`);
        fc.block(m.body);
        e.close();
      } else fc.block(m.body);
      return;
    }
    const pc: PatternContext = {
      fail: e.label('fail'),
      stores: [],
      captures: new Map(),
      scratch: [],
      allowIrrefutable: m.guard !== null && m.guard !== undefined ? true : i === cases.length - 1,
    };
    const matched = e.label('matched');
    e.line(`let ${matched} = false;`);
    e.open(`${pc.fail}: {`);
    pattern(fc, m.pattern, subject, pc);
    for (const name of pc.stores) storeName(fc, name, pc.captures.get(name) as string);
    e.line(`${matched} = true;`);
    e.close();
    // A failed pattern leaves captures and scratch values set: release them.
    for (const t of [...pc.scratch, ...pc.captures.values()]) {
      e.line(`if (${t} !== 0) { $.decref(${t}); ${t} = 0; }`);
    }
    for (const t of pc.scratch) e.done(t);
    if (m.guard) {
      e.open(`if (${matched}) {`);
      const c = condition(fc, m.guard);
      e.line(`${matched} = ${c};`);
      e.close();
    }
    e.open(`if (${matched}) {`);
    e.line(`$.decref(${subject}); ${subject} = 0;`);
    fc.block(m.body);
    e.line(`break ${end};`);
    e.close();
  });
  e.close();
  e.line(`if (${subject} !== 0) { $.decref(${subject}); ${subject} = 0; }`);
  e.done(subject);
}

function isWildcard(p: Node): boolean {
  return p._type === 'MatchAs' && p.pattern === null && p.name === null;
}

function isIrrefutable(p: Node): boolean {
  return p._type === 'MatchAs' && p.pattern === null;
}

/** Emits the test of `p` against the borrowed object in JS expression `subject`. */
function pattern(fc: FunctionCompiler, p: Node, subject: string, pc: PatternContext): void {
  const e = fc.e;
  switch (p._type) {
    case 'MatchValue': {
      const v = fc.expr(p.value);
      fc.pos(p);
      const c = e.label('c');
      e.line(`const ${c} = $.compareBool(${subject}, ${v}, ${CMPOP.Eq}, 0);`);
      e.release(v);
      e.line(`if (!${c}) break ${pc.fail};`);
      return;
    }
    case 'MatchSingleton': {
      const v = p.value as ConstantValue;
      const js = v.tag === 'None' ? '$.none' : `K[${e.constant(v)}]`;
      e.line(`if (${subject} !== ${js}) break ${pc.fail};`);
      return;
    }
    case 'MatchAs':
      if (p.pattern === null) {
        if (!pc.allowIrrefutable) {
          if (p.name !== null)
            throw new CompileError(`name capture '${p.name}' makes remaining patterns unreachable`, p);
          throw new CompileError('wildcard makes remaining patterns unreachable', p);
        }
        capture(fc, p.name, subject, pc, p);
        return;
      }
      pattern(fc, p.pattern, subject, pc);
      capture(fc, p.name, subject, pc, p);
      return;
    case 'MatchOr':
      orPattern(fc, p, subject, pc);
      return;
    case 'MatchSequence':
      sequencePattern(fc, p, subject, pc);
      return;
    case 'MatchMapping':
      mappingPattern(fc, p, subject, pc);
      return;
    case 'MatchClass':
      classPattern(fc, p, subject, pc);
      return;
    case 'MatchStar':
      // Only inside a sequence pattern (sequencePattern handles it).
      throw new CompileError("can't use starred expression here", p);
    default:
      throw new CompileError(`unsupported pattern: ${p._type}`, p);
  }
}

/** A sub-pattern of a sequence, mapping or class pattern: irrefutable patterns are allowed there. */
function subpattern(fc: FunctionCompiler, p: Node, subject: string, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(fc, p, subject, pc);
  pc.allowIrrefutable = allow;
}

// pattern_helper_store_name: remember `name` (null: the wildcard) as bound to `subject`.
function capture(
  fc: FunctionCompiler,
  name: string | null,
  subject: string,
  pc: PatternContext,
  p: Node,
): void {
  if (name === null) return;
  if (pc.captures.has(name)) throw new CompileError(`multiple assignments to name '${name}' in pattern`, p);
  const t = fc.e.temp();
  fc.e.line(`${t} = $.ref(${subject});`);
  pc.stores.push(name);
  pc.captures.set(name, t);
}

/** A fresh scratch temporary, released after the case. */
function scratch(fc: FunctionCompiler, pc: PatternContext): string {
  const t = fc.e.temp();
  pc.scratch.push(t);
  return t;
}

function orPattern(fc: FunctionCompiler, p: Node, subject: string, pc: PatternContext): void {
  const e = fc.e;
  const alts = p.patterns as Node[];
  const done = e.label('or');
  let control: string[] | null = null;
  const common = new Map<string, string>();
  e.open(`${done}: {`);
  alts.forEach((alt, i) => {
    const sub: PatternContext = {
      fail: e.label('alt'),
      stores: [],
      captures: new Map(),
      scratch: pc.scratch,
      allowIrrefutable: i === alts.length - 1 && pc.allowIrrefutable,
    };
    e.open(`${sub.fail}: {`);
    pattern(fc, alt, subject, sub);
    if (control === null) {
      control = sub.stores;
      for (const name of control) {
        if (pc.captures.has(name))
          throw new CompileError(`multiple assignments to name '${name}' in pattern`, p);
        common.set(name, fc.e.temp());
      }
    } else {
      const a = new Set(control);
      if (sub.stores.length !== a.size || sub.stores.some((x) => !a.has(x)))
        throw new CompileError('alternative patterns bind different names', alt);
    }
    for (const name of control) {
      const from = sub.captures.get(name) as string;
      const to = common.get(name) as string;
      e.line(`${to} = ${from}; ${from} = 0;`);
    }
    e.line(`break ${done};`);
    e.close();
    // This alternative failed: drop what it captured.
    for (const t of sub.captures.values()) {
      e.line(`if (${t} !== 0) { $.decref(${t}); ${t} = 0; }`);
      e.done(t);
    }
    if (!isIrrefutable(alt) || i === alts.length - 1) return;
    throw new CompileError(
      alt.name
        ? `name capture '${alt.name}' makes remaining patterns unreachable`
        : 'wildcard makes remaining patterns unreachable',
      alt,
    );
  });
  e.line(`break ${pc.fail};`);
  e.close();
  for (const name of control ?? []) {
    pc.stores.push(name);
    pc.captures.set(name, common.get(name) as string);
  }
}

function sequencePattern(fc: FunctionCompiler, p: Node, subject: string, pc: PatternContext): void {
  const e = fc.e;
  const pats = p.patterns as Node[];
  const size = pats.length;
  let star = -1;
  pats.forEach((x, i) => {
    if (x._type !== 'MatchStar') return;
    if (star >= 0) throw new CompileError('multiple starred names in sequence pattern', p);
    star = i;
  });
  const starWildcard = star >= 0 && pats[star].name === null;
  const onlyWildcard = pats.every((x) => (x._type === 'MatchStar' ? x.name === null : isWildcard(x)));
  fc.pos(p);
  e.line(`if (!$.matchSequence(${subject})) break ${pc.fail};`);
  if (star < 0) e.line(`if ($.len(${subject}) !== ${size}) break ${pc.fail};`);
  else if (size - 1 > 0) e.line(`if ($.len(${subject}) < ${size - 1}) break ${pc.fail};`);
  if (onlyWildcard) return;
  if (starWildcard) {
    // pattern_helper_sequence_subscr: subject[i], or subject[len(subject) - (size - i)] after the star.
    pats.forEach((x, i) => {
      if (i === star || isWildcard(x)) return;
      const item = scratch(fc, pc);
      fc.pos(p);
      if (i < star) {
        const index = e.constant({ tag: 'int', value: BigInt(i) }, true);
        e.line(`${item} = $.getItem(${subject}, K[${index}]);`);
      } else {
        // The subject may not support negative indexes: len(subject) - (size - i).
        e.line(`${item} = $.matchItemFromEnd(${subject}, ${size - i});`);
      }
      subpattern(fc, x, item, pc);
    });
    return;
  }
  // pattern_helper_sequence_unpack: UNPACK_SEQUENCE / UNPACK_EX, then each item in order.
  const items = pats.map(() => scratch(fc, pc));
  const u = e.label('u');
  fc.pos(p);
  e.line(
    star < 0
      ? `const ${u} = $.unpack(${subject}, ${size});`
      : `const ${u} = $.unpackEx(${subject}, ${star}, ${size - star - 1});`,
  );
  e.line(items.map((t, i) => `${t} = ${u}[${i}];`).join(' '));
  pats.forEach((x, i) => {
    if (x._type === 'MatchStar') capture(fc, x.name, items[i], pc, x);
    else subpattern(fc, x, items[i], pc);
  });
}

function mappingPattern(fc: FunctionCompiler, p: Node, subject: string, pc: PatternContext): void {
  const e = fc.e;
  const keys = p.keys as Node[];
  const pats = p.patterns as Node[];
  const size = keys.length;
  fc.pos(p);
  e.line(`if (!$.matchMapping(${subject})) break ${pc.fail};`);
  if (size === 0 && !p.rest) return;
  if (size > 0) e.line(`if ($.len(${subject}) < ${size}) break ${pc.fail};`);
  const seen = new Set<string | Node>();
  const keyTemps = keys.map((k) => {
    const lit = patternKey(k);
    if (lit !== null) {
      if (seen.has(lit.key)) throw new CompileError(`mapping pattern checks duplicate key (${lit.repr})`, p);
      seen.add(lit.key);
    } else if (k._type !== 'Attribute') {
      throw new CompileError('mapping pattern keys may only match literals and attribute lookups', k);
    }
    const t = fc.expr(k);
    pc.scratch.push(t);
    return t;
  });
  const values = pats.map(() => scratch(fc, pc));
  const v = e.label('v');
  fc.pos(p);
  e.line(`const ${v} = $.matchKeys(${subject}, [${keyTemps.join(', ')}]);`);
  e.line(`if (${v} === null) break ${pc.fail};`);
  if (size > 0) e.line(values.map((t, i) => `${t} = ${v}[${i}];`).join(' '));
  pats.forEach((x, i) => {
    subpattern(fc, x, values[i], pc);
  });
  if (p.rest) {
    const rest = scratch(fc, pc);
    fc.pos(p);
    e.line(`${rest} = $.matchRest(${subject}, [${keyTemps.join(', ')}]);`);
    capture(fc, p.rest, rest, pc, p);
  }
}

function classPattern(fc: FunctionCompiler, p: Node, subject: string, pc: PatternContext): void {
  const e = fc.e;
  const pats = p.patterns as Node[];
  const kwdAttrs = p.kwd_attrs as string[];
  const kwdPats = p.kwd_patterns as Node[];
  kwdAttrs.forEach((name, i) => {
    if (kwdAttrs.indexOf(name) !== i)
      throw new CompileError(`attribute name repeated in class pattern: ${name}`, kwdPats[i]);
  });
  const cls = fc.expr(p.cls);
  const attrs = [...pats, ...kwdPats].map(() => scratch(fc, pc));
  const a = e.label('a');
  fc.pos(p);
  const names = kwdAttrs.map((x) => `N[${e.name(x)}]`).join(', ');
  e.line(`const ${a} = $.matchClass(${subject}, ${cls}, ${pats.length}, [${names}]);`);
  e.release(cls);
  e.line(`if (${a} === null) break ${pc.fail};`);
  if (attrs.length > 0) e.line(attrs.map((t, i) => `${t} = ${a}[${i}];`).join(' '));
  [...pats, ...kwdPats].forEach((x, i) => {
    subpattern(fc, x, attrs[i], pc);
  });
}
