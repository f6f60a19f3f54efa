// Structural pattern matching at run time (PEP 634): the work of 3.11's MATCH_SEQUENCE,
// MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS instructions and of a mapping pattern's `**rest`.
// The compiler (compiler/patterns.ts) emits the control flow and the captures.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /** MATCH_SEQUENCE: the type has Py_TPFLAGS_SEQUENCE (list, tuple, range, Sequence ABCs; not str/bytes). */
    matchSequence(subject: Ptr): boolean;
    /** A sequence pattern's item after a `*_`: `subject[len(subject) - fromEnd]` (a new reference), never a negative index. */
    matchItemFromEnd(subject: Ptr, fromEnd: number): Ptr;
    /** MATCH_MAPPING: the type has Py_TPFLAGS_MAPPING (dict, Mapping ABCs). */
    matchMapping(subject: Ptr): boolean;
    /** MATCH_KEYS: the values of `keys` (owned, in order) via `subject.get(key, dummy)`, or null if one is missing. */
    matchKeys(subject: Ptr, keys: Ptr[]): Ptr[] | null;
    /** A mapping pattern's `**rest`: `dict(subject)` without `keys` (a new reference). */
    matchRest(subject: Ptr, keys: Ptr[]): Ptr;
    /** MATCH_CLASS: the attributes (owned) for `nargs` positional and the keyword sub-patterns, or null. */
    matchClass(subject: Ptr, cls: Ptr, nargs: number, kwnames: Ptr[]): Ptr[] | null;
  }
}

const I = Interpreter.prototype;

// Static types with the collection flags; str, bytes and bytearray are registered as
// Sequences but lack the flag, so they never match a sequence pattern.
const SEQUENCE_TYPES = ['list', 'tuple', 'range', 'memoryview', 'collections.deque'];
const MAPPING_TYPES = ['dict', 'mappingproxy'];
const NEITHER_TYPES = ['str', 'bytes', 'bytearray'];

// _Py_TPFLAGS_MATCH_SELF: a single positional sub-pattern matches the subject itself.
const MATCH_SELF_TYPES = [
  'bool',
  'bytearray',
  'bytes',
  'dict',
  'float',
  'frozenset',
  'int',
  'list',
  'set',
  'str',
  'tuple',
];

/** 'sequence', 'mapping' or null: the collection flag the type of `subject` carries. */
function collectionKind(interp: Interpreter, subject: Ptr): 'sequence' | 'mapping' | null {
  const type = interp.space.rt.typeObject(subject);
  const named = interp.space.builtinTypes;
  const is = (names: string[], t: Ptr) => names.some((x) => named.get(x) === t);
  for (const t of interp.mroOf(type)) {
    if (is(SEQUENCE_TYPES, t) || t === interp.rangeType) return 'sequence';
    if (is(MAPPING_TYPES, t)) return 'mapping';
    if (is(NEITHER_TYPES, t)) return null;
  }
  if (!interp.classes.has(type)) return null;
  // A Python class gets the flag by deriving from or registering with collections.abc's
  // Sequence or Mapping (ABCMeta sets __abc_tpflags__ on them).
  const abc = interp.lookupModule('collections.abc');
  if (abc === NULL) return null;
  for (const [kind, name] of [
    ['mapping', 'Mapping'],
    ['sequence', 'Sequence'],
  ] as const) {
    const cls = interp.getAttrOrNull(abc, interp.n.intern(name));
    if (cls === NULL) continue;
    try {
      if (interp.objectIsInstance(subject, cls)) return kind;
    } finally {
      interp.decref(cls);
    }
  }
  return null;
}

I.matchSequence = function (this: Interpreter, subject: Ptr): boolean {
  return collectionKind(this, subject) === 'sequence';
};

I.matchItemFromEnd = function (this: Interpreter, subject: Ptr, fromEnd: number): Ptr {
  // pattern_helper_sequence_subscr: GET_LEN, size - i, BINARY_OP -, BINARY_SUBSCR.
  const index = this.n.int(this.len(subject) - fromEnd);
  try {
    return this.getItem(subject, index);
  } finally {
    this.decref(index);
  }
};

I.matchMapping = function (this: Interpreter, subject: Ptr): boolean {
  return collectionKind(this, subject) === 'mapping';
};

I.matchKeys = function (this: Interpreter, subject: Ptr, keys: Ptr[]): Ptr[] | null {
  if (keys.length === 0) return [];
  // map.get(key, dummy): no KeyError handling, and no __missing__ (defaultdict) side effects.
  const get = this.getAttr(subject, this.n.intern('get'));
  const dummy = this.n.list([]);
  const seen = this.n.set();
  const values: Ptr[] = [];
  try {
    for (const key of keys) {
      if (this.n.setContains(seen, key))
        throw new PyErr('ValueError', `mapping pattern checks duplicate key (${this.reprOf(key)})`);
      this.n.setAdd(seen, key);
      const v = this.callBorrowed(get, [key, dummy]);
      if (v === dummy) {
        this.decref(v);
        for (const x of values) this.decref(x);
        return null;
      }
      values.push(v);
    }
    return values;
  } catch (e) {
    for (const x of values) this.decref(x);
    throw e;
  } finally {
    this.decref(seen);
    this.decref(dummy);
    this.decref(get);
  }
};

I.matchRest = function (this: Interpreter, subject: Ptr, keys: Ptr[]): Ptr {
  const rest = this.n.dict();
  try {
    this.dictUpdate(rest, subject);
    for (const key of keys) this.delItem(rest, key);
  } catch (e) {
    this.decref(rest);
    throw e;
  }
  return rest;
};

I.matchClass = function (
  this: Interpreter,
  subject: Ptr,
  cls: Ptr,
  nargs: number,
  kwnames: Ptr[],
): Ptr[] | null {
  if (!this.isType(cls)) throw new PyErr('TypeError', 'called match pattern must be a type');
  if (!this.objectIsInstance(subject, cls)) return null;
  const seen = new Set<string>();
  const attrs: Ptr[] = [];
  const attr = (name: Ptr): boolean => {
    const s = this.n.jsStr(name);
    if (seen.has(s))
      throw new PyErr(
        'TypeError',
        `${this.typeName(cls)}() got multiple sub-patterns for attribute ${this.reprOf(name)}`,
      );
    seen.add(s);
    const v = getAttrSuppressed(this, subject, name);
    if (v === NULL) return false;
    attrs.push(v);
    return true;
  };
  try {
    if (nargs > 0) {
      const matchArgs = getAttrSuppressed(this, cls, this.n.intern('__match_args__'));
      let names: Ptr[] = [];
      let matchSelf = false;
      if (matchArgs !== NULL) {
        try {
          if (this.space.rt.typeObject(matchArgs) !== this.space.tuples.type)
            throw new PyErr(
              'TypeError',
              `${this.typeName(cls)}.__match_args__ must be a tuple (got ${this.space.typeName(matchArgs)})`,
            );
          names = this.n.tupleItems(matchArgs);
          for (const x of names) this.incref(x);
        } finally {
          this.decref(matchArgs);
        }
      } else {
        matchSelf = this.mroOf(cls).some((t) =>
          MATCH_SELF_TYPES.some((x) => this.space.builtinTypes.get(x) === t),
        );
      }
      try {
        const allowed = matchSelf ? 1 : names.length;
        if (allowed < nargs)
          throw new PyErr(
            'TypeError',
            `${this.typeName(cls)}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`,
          );
        if (matchSelf) attrs.push(this.ref(subject));
        else {
          for (let i = 0; i < nargs; i++) {
            const name = names[i];
            if (this.space.rt.typeObject(name) !== this.space.strs.type)
              throw new PyErr(
                'TypeError',
                `__match_args__ elements must be strings (got ${this.space.typeName(name)})`,
              );
            if (!attr(name)) return release(this, attrs);
          }
        }
      } finally {
        for (const x of names) this.decref(x);
      }
    }
    for (const name of kwnames) if (!attr(name)) return release(this, attrs);
    return attrs;
  } catch (e) {
    release(this, attrs);
    throw e;
  }
};

function release(interp: Interpreter, attrs: Ptr[]): null {
  for (const x of attrs) interp.decref(x);
  attrs.length = 0;
  return null;
}

/** getattr(obj, name) with AttributeError turned into NULL. */
function getAttrSuppressed(interp: Interpreter, obj: Ptr, name: Ptr): Ptr {
  try {
    return interp.getAttrOrNull(obj, name);
  } catch (e) {
    if (e instanceof PyErr && e.excType === 'AttributeError') return NULL;
    if (interp.isAttributeErrorException(e)) return NULL;
    throw e;
  }
}
