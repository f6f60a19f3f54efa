// The compiler's constant cache for one compilation (c_const_cache), and the references the
// AST arena keeps to the source's constants while the main script runs.
//
// CPython merges equal constants across every code object of one compilation
// (merge_consts_recursive, tuple items included) and shares equal co_consts tuples between
// code objects, so `def f(): return 5000` and `def g(): return 5000` return the same object
// and sys.getrefcount(5000) counts one co_consts for both. While the main script runs,
// CPython also keeps its AST alive: the arena's list holds every literal and folded value of
// the source, one more reference to each constant than co_consts gives it
// (`x = 'a b'; sys.getrefcount(x)` is 4: arena, co_consts, x, the argument).

import type { Ptr } from '../../heap/index.js';
import { tuple_maybeUntrack } from '../../objects/index.js';
import { type CodeUnit, type ConstantValue, constKey } from '../compiler/index.js';
import { constantObject, isIdentifierLike } from './code.js';
import type { Native } from './native.js';

/** The constants of one compilation: one object per distinct constant, one K per distinct constant list. */
export class ConstCache {
  // Canonical object per key (borrowed: owned by the K arrays and tuples that hold it, which
  // live as long as their code objects, i.e. for the interpreter's lifetime).
  private readonly objects = new Map<string, Ptr>();
  private readonly lists = new Map<string, Ptr[]>();

  constructor(
    private readonly n: Native,
    private readonly frozen: boolean,
  ) {}

  /** K for one code unit: a new reference to each canonical constant, or the K of an equal earlier unit. */
  constants(unit: Pick<CodeUnit, 'consts' | 'doc'>): Ptr[] {
    const keys = unit.consts.map(constKey);
    const listKey = JSON.stringify([unit.doc, keys]);
    const found = this.lists.get(listKey);
    if (found !== undefined) return found;
    const K = unit.consts.map((c, i) => this.object(c, keys[i]));
    this.lists.set(listKey, K);
    return K;
  }

  /** The canonical object for a constant (a new reference). */
  private object(c: ConstantValue, key: string): Ptr {
    const found = this.objects.get(key);
    if (found !== undefined) return this.n.space.newRef(found);
    let op: Ptr;
    if (c.tag === 'tuple') {
      op = this.n.tuple(c.items.map((x) => this.object(x, constKey(x))));
      // pymm's own modules stand for CPython's, loaded (and collected) at startup.
      if (this.frozen) tuple_maybeUntrack(this.n.space, op);
    } else op = constantObject(this.n, c, this.frozen);
    this.objects.set(key, op);
    return op;
  }

  /**
   * The objects CPython's AST arena would reference (new references): the source's literals
   * and folded values with their items, and the items of the compiler's own tuples; not the
   * singletons (their counts are not CPython's anyway) nor identifier-like strs, whose extra
   * reference pymm's intern table already gives.
   */
  arenaObjects(units: readonly Pick<CodeUnit, 'consts' | 'sourceConsts'>[]): Ptr[] {
    const seen = new Set<string>();
    const out: Ptr[] = [];
    const add = (c: ConstantValue, withSelf: boolean) => {
      if (c.tag === 'tuple' || c.tag === 'frozenset') for (const x of c.items) add(x, true);
      if (!withSelf || isSingletonLike(c)) return;
      const key = constKey(c);
      const op = this.objects.get(key);
      if (op === undefined || seen.has(key)) return;
      seen.add(key);
      out.push(this.n.space.newRef(op));
    };
    for (const unit of units) {
      const source = new Set(unit.sourceConsts ?? []);
      for (let i = 0; i < unit.consts.length; i++) add(unit.consts[i], source.has(i));
    }
    return out;
  }
}

// Objects whose counts pymm does not follow per reference (immortal-like statics, interned strs).
function isSingletonLike(c: ConstantValue): boolean {
  switch (c.tag) {
    case 'None':
    case 'Ellipsis':
    case 'bool':
      return true;
    case 'int':
      return c.value >= -5n && c.value <= 256n;
    case 'str':
      return isIdentifierLike(c.value) || (c.value.length === 1 && c.value.charCodeAt(0) < 256);
    case 'bytes':
      return c.value.length <= 1;
    case 'tuple':
      return c.items.length === 0;
    default:
      return false;
  }
}
