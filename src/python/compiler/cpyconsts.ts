// The constant and code-object bookkeeping of CPython 3.11's compiler (Python/compile.c),
// reduced to the allocations it makes: the keys of the constant cache
// (_PyCode_ConstantKey, merge_consts_recursive, merge_const_one), the tables of each code
// unit (compiler_enter_scope, assemble, makecode) and their release (compiler_unit_free,
// compiler_free). cpywalk.ts drives it in the order the compiler visits the tree.

import type { AllocModel } from './cpyalloc.js';
import type { ConstantValue } from './node.js';

/** A constant as the compiler holds it: a Constant's value, or a code object (by unit). */
export type Const = ConstantValue | { tag: 'code'; unit: number };

/** The tuples (and frozensets) a constant key is made of, to free them again. */
type KeyShape = { tuple: number; items: KeyShape[] } | { frozenset: KeyShape[] } | null;

/** CPython's identity of a constant in the cache: type and value, -0.0 apart from 0.0. */
export function constId(c: Const): string {
  switch (c.tag) {
    case 'None':
    case 'Ellipsis':
      return c.tag;
    case 'bool':
      return `b:${c.value}`;
    case 'int':
      return `i:${c.value}`;
    case 'float':
      return Object.is(c.value, -0) ? 'f:-0' : `f:${c.value}`;
    case 'complex':
      return Object.is(c.imag, -0) ? 'c:-0' : `c:${c.imag}`;
    case 'str':
      return `s:${JSON.stringify(c.value)}`;
    case 'bytes':
      return `y:${Array.from(c.value).join(',')}`;
    case 'tuple':
      return `t:(${c.items.map(constId).join(';')})`;
    case 'frozenset':
      return `z:{${c.items.map(constId).sort().join(';')}}`;
    case 'code':
      return `k:${c.unit}`;
  }
}

/** One code object being compiled: the tables makecode turns into its tuples. */
export class Unit {
  /** co_consts so far (by identity, in order of first use). */
  readonly consts = new Map<string, Const>();
  /** co_names so far, in order of first use. */
  readonly names = new Map<string, number>();
  /** Identities of constants whose every load the optimizer removed (trimmed if trailing). */
  readonly unused = new Set<string>();
  /** Tuples of constants BUILD_TUPLE made that the CFG optimizer folds at assembly. */
  readonly cfgTuples: Const[] = [];
  /** co_exceptiontable is not empty (a try, with or except handler is compiled). */
  hasHandlers = false;
  /** co_consts as makecode builds it (set by assembleUnit). */
  coConsts: Const[] = [];

  constructor(
    readonly index: number,
    /** The localsplus names (co_varnames + new cells + co_freevars), for equality. */
    readonly localsplus: string[],
    /** An identity of the bytecode, and one of the line table (equal code merges). */
    public codeId: string,
    public lineId: string,
  ) {}
}

/** The compiler-wide state: the constant cache, over the allocation model. */
export class ConstCache {
  private readonly cache = new Map<string, KeyShape>();

  constructor(readonly alloc: AllocModel) {}

  /** _PyCode_ConstantKey(c): the tuples it allocates. */
  private keyOf(c: Const): KeyShape {
    const a = this.alloc;
    switch (c.tag) {
      case 'None':
      case 'Ellipsis':
      case 'int':
      case 'str':
      case 'code':
        return null;
      case 'bool':
      case 'bytes':
        a.tupleNew(2);
        return { tuple: 2, items: [] };
      case 'float': {
        const n = Object.is(c.value, -0) ? 3 : 2;
        a.tupleNew(n);
        return { tuple: n, items: [] };
      }
      case 'complex': {
        const n = Object.is(c.imag, -0) ? 3 : 2;
        a.tupleNew(n);
        return { tuple: n, items: [] };
      }
      case 'tuple': {
        a.tupleNew(c.items.length);
        const items = c.items.map((x) => this.keyOf(x));
        a.tupleNew(2);
        return { tuple: 2, items: [{ tuple: c.items.length, items }] };
      }
      case 'frozenset': {
        a.tupleNew(c.items.length);
        const items = c.items.map((x) => this.keyOf(x));
        a.otherNew(); // PyFrozenSet_New(tuple), then the tuple goes
        a.tupleFree(c.items.length);
        a.tupleNew(2);
        return { tuple: 2, items: [{ frozenset: items }] };
      }
    }
  }

  private freeKey(k: KeyShape): void {
    if (k === null) return;
    if ('frozenset' in k) {
      for (const x of k.frozenset) this.freeKey(x);
      this.alloc.otherFree();
      return;
    }
    for (let i = k.items.length - 1; i >= 0; i--) this.freeKey(k.items[i]);
    this.alloc.tupleFree(k.tuple);
  }

  /** merge_consts_recursive(c): registers the constant (and its items) in the cache. */
  merge(c: Const): void {
    if (c.tag === 'None' || c.tag === 'Ellipsis') return;
    const key = this.keyOf(c);
    const id = constId(c);
    if (this.cache.has(id)) {
      this.freeKey(key);
      return;
    }
    this.cache.set(id, key);
    if (c.tag === 'tuple') {
      for (const x of c.items) this.merge(x);
    } else if (c.tag === 'frozenset' && c.items.length > 0) {
      const a = this.alloc;
      a.tupleNew(c.items.length);
      for (const x of c.items) this.merge(x);
      a.otherNew();
      a.tupleFree(c.items.length);
    }
  }

  /**
   * merge_const_one for an object the compiler just made (a tuple of `made` items, 0 for a
   * bytes object): true if it was new; otherwise the made object is freed.
   */
  mergeOne(c: Const, id: string, made: number): boolean {
    const key = this.keyOf(c);
    if (this.cache.has(id)) {
      this.freeKey(key);
      this.alloc.tupleFree(made);
      return false;
    }
    this.cache.set(id, key);
    return true;
  }

  /** True if a constant of this identity is in the cache. */
  has(id: string): boolean {
    return this.cache.has(id);
  }

  /** compiler_free: the cache goes, and with it every key. */
  free(): void {
    for (const k of this.cache.values()) this.freeKey(k);
    this.cache.clear();
    this.alloc.dictFree();
  }
}

/** compiler_enter_scope's tables: u_varnames, u_cellvars and u_freevars (each sorted through a list), u_consts, u_names. */
export function enterScopeAllocs(a: AllocModel): void {
  a.dictNew();
  a.dictNew();
  a.listNew();
  a.listFree();
  a.dictNew();
  a.listNew();
  a.listFree();
  a.dictNew();
  a.dictNew();
}

/** assemble and makecode for `u`, then compiler_unit_free. */
export function assembleUnit(cache: ConstCache, u: Unit): void {
  const a = cache.alloc;
  a.listNew(); // consts_dict_keys_inorder
  const consts = [...u.consts.entries()];
  const ids = new Set(u.consts.keys());
  // optimize_cfg: fold_tuple_on_constants appends what was not there yet.
  for (const t of u.cfgTuples) {
    const items = t.tag === 'tuple' ? t.items.length : 0;
    a.tupleNew(items);
    const id = constId(t);
    cache.mergeOne(t, id, items);
    if (!ids.has(id)) {
      ids.add(id);
      consts.push([id, t]);
    }
  }
  // trim_unused_consts: trailing constants no instruction loads (the first always stays).
  while (consts.length > 1 && u.unused.has(consts[consts.length - 1][0])) consts.pop();
  // The exception table, line table and bytecode are merged as bytes constants.
  const bytes = (id: string) => cache.mergeOne({ tag: 'bytes', value: new Uint8Array() }, id, 0);
  // An empty exception table is b'', the same constant as a b'' in the program.
  bytes(u.hasHandlers ? `Y:x${u.index}` : constId({ tag: 'bytes', value: new Uint8Array() }));
  bytes(`Y:l${u.lineId}`);
  bytes(`Y:c${u.codeId}`);
  // makecode: co_names, co_consts and co_localsplusnames, each merged as a constant tuple.
  const tuple = (items: Const[]) => {
    a.tupleNew(items.length);
    const c: Const = { tag: 'tuple', items: items as ConstantValue[] };
    cache.mergeOne(c, constId(c), items.length);
  };
  tuple([...u.names.keys()].map((value) => ({ tag: 'str', value })));
  u.coConsts = consts.map(([, c]) => c);
  tuple(u.coConsts);
  tuple(u.localsplus.map((value) => ({ tag: 'str', value })));
  // _PyCode_New: intern_string_constants goes through each frozenset as a tuple (last first).
  const frozensets = (items: readonly Const[]) => {
    for (let i = items.length - 1; i >= 0; i--) {
      const c = items[i];
      if (c.tag === 'tuple') frozensets(c.items);
      else if (c.tag === 'frozenset') {
        a.tupleNew(c.items.length);
        a.tupleFree(c.items.length);
      }
    }
  };
  frozensets(consts.map(([, c]) => c));
  a.listFree();
  for (let i = 0; i < 5; i++) a.dictFree();
}
