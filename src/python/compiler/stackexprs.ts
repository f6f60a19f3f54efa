// The expression half of co_stacksize (stackdepth.ts): how high CPython 3.11's code for an
// expression, a call, a display, a function definition or an assignment target takes the
// value stack, as Python/compile.c emits it and its CFG optimizer folds it.

import { foldIter, optimizeFormat } from './astopt.js';
import { truthy } from './constfold.js';
import type { ConstantValue, Node } from './node.js';

/** STACK_USE_GUIDELINE: above this, displays and calls are built incrementally. */
export const GUIDELINE = 30;

/** A constant after 3.11's AST optimizer: a Constant, or a Constant subscripted by one (fold_subscr). */
export const isConst = (e: Node): boolean => e._type === 'Constant' || foldedSubscript(e);

function foldedSubscript(e: Node): boolean {
  if (e._type !== 'Subscript' || e.value._type !== 'Constant' || e.slice._type !== 'Constant') return false;
  const v = e.value.value as ConstantValue;
  const i = e.slice.value as ConstantValue;
  if (i.tag !== 'int' && i.tag !== 'bool') return false;
  const n =
    v.tag === 'str'
      ? [...v.value].length
      : v.tag === 'bytes'
        ? v.value.length
        : v.tag === 'tuple'
          ? v.items.length
          : -1;
  const k = Number(i.value);
  return n >= 0 && k >= -n && k < n;
}

export function constTruth(e: Node): boolean | null {
  return e._type === 'Constant' ? truthy(e.value as ConstantValue) : null;
}

const numeric = (e: Node): number | null => {
  if (e._type !== 'Constant') return null;
  const v = e.value as ConstantValue;
  if (v.tag === 'float') return v.value;
  if (v.tag === 'int') return Number(v.value);
  if (v.tag === 'bool') return Number(v.value);
  return null;
};

/**
 * A float `%`, `//` or `**` (or an int's negative power) of constants, which 3.11's AST
 * optimizer folds and constfold.ts leaves to run time.
 */
function floatFolded(e: Node): boolean {
  const l = numeric(e.left);
  const r = numeric(e.right);
  if (l === null || r === null) return false;
  const op = e.op._type as string;
  const floats = e.left.value.tag === 'float' || e.right.value.tag === 'float';
  if (!floats) return op === 'Pow' && r < 0 && l !== 0;
  if (op === 'Mod' || op === 'FloorDiv') return r !== 0;
  if (op === 'Pow') return !(l === 0 && r < 0) && Number.isFinite(l ** r);
  return false;
}

/** Follows the stack height through expressions, keeping the highest seen in `max`. */
export class StackExprs {
  max = 0;
  annotationsFuture: boolean;
  free: Map<Node, number>;

  constructor(annotationsFuture: boolean, free: Map<Node, number>) {
    this.annotationsFuture = annotationsFuture;
    this.free = free;
  }

  /** Notes a stack of height h. */
  at(h: number): void {
    if (h > this.max) this.max = h;
  }

  /** Evaluates `e` with `h` values below; its result leaves the stack at h + 1. */
  expr(e: Node | null | undefined, h: number): void {
    if (e === null || e === undefined) {
      this.at(h + 1);
      return;
    }
    this.at(h + 1);
    switch (e._type) {
      case 'Constant':
      case 'Name':
        return;
      case 'Attribute':
        this.expr(e.value, h);
        return;
      case 'Starred':
        this.expr(e.value, h);
        return;
      case 'NamedExpr':
        this.expr(e.value, h);
        this.at(h + 2);
        this.store(e.target, h + 2);
        return;
      case 'BinOp': {
        const f = optimizeFormat(e);
        if (f !== null) {
          this.expr(f, h);
          return;
        }
        if (floatFolded(e)) return;
        this.expr(e.left, h);
        this.expr(e.right, h + 1);
        return;
      }
      case 'UnaryOp':
        this.expr(e.operand, h);
        return;
      case 'BoolOp':
        for (const v of e.values as Node[]) this.expr(v, h);
        return;
      case 'Compare':
        this.compare(e, h);
        return;
      case 'IfExp': {
        const c = constTruth(e.test);
        if (c !== null) {
          this.expr(c ? e.body : e.orelse, h);
          return;
        }
        this.jumpIf(e.test, h);
        this.expr(e.body, h);
        this.expr(e.orelse, h);
        return;
      }
      case 'Call':
        this.call(e, h);
        return;
      case 'Subscript':
        if (foldedSubscript(e)) return;
        this.expr(e.value, h);
        this.expr(e.slice, h + 1);
        return;
      case 'Slice':
        this.expr(e.lower, h);
        this.expr(e.upper, h + 1);
        if (e.step) this.expr(e.step, h + 2);
        return;
      case 'Tuple':
      case 'List':
      case 'Set':
        this.sequence(e, h);
        return;
      case 'Dict':
        this.dict(e, h);
        return;
      case 'JoinedStr': {
        const values = e.values as Node[];
        if (values.length === 1 && values[0]._type !== 'Constant') {
          this.expr(values[0], h);
          return;
        }
        if (values.length > GUIDELINE) {
          // ''.join([...]): the str, its bound join, the list.
          this.at(h + 3);
          for (const v of values) this.expr(v, h + 3);
        } else
          values.forEach((v, i) => {
            this.expr(v, h + i);
          });
        return;
      }
      case 'FormattedValue':
        this.expr(e.value, h);
        if (e.format_spec) this.expr(e.format_spec, h + 1);
        return;
      case 'Lambda':
        this.makeFunction(e, h, 0);
        return;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp': {
        const gens = e.generators as Node[];
        this.makeClosure(e, h);
        this.expr(foldIter(gens[0].iter), h + 1);
        this.at(h + 2);
        return;
      }
      case 'Yield':
        this.expr(e.value, h);
        return;
      case 'YieldFrom':
      case 'Await':
        this.expr(e.value, h);
        this.at(h + 2);
        return;
      default:
        return;
    }
  }

  compare(e: Node, h: number): void {
    const ops = e.ops as Node[];
    const comps = (e.comparators as Node[]).map((c, i) =>
      ops[i]._type === 'In' || ops[i]._type === 'NotIn' ? foldIter(c) : c,
    );
    this.expr(e.left, h);
    comps.forEach((c, i) => {
      this.expr(c, h + 1);
      if (i < comps.length - 1) this.at(h + 3);
    });
  }

  /** compiler_jump_if: a test only jumped on. */
  jumpIf(e: Node, h: number): void {
    if (e._type === 'UnaryOp' && e.op._type === 'Not') {
      this.jumpIf(e.operand, h);
      return;
    }
    if (e._type === 'BoolOp') {
      for (const v of e.values as Node[]) this.jumpIf(v, h);
      return;
    }
    if (e._type === 'IfExp') {
      this.jumpIf(e.test, h);
      this.jumpIf(e.body, h);
      this.jumpIf(e.orelse, h);
      return;
    }
    if (e._type === 'Compare' && (e.ops as Node[]).length > 1) {
      this.compare(e, h);
      return;
    }
    // `x is None` / `x is not None` jumps with POP_JUMP_IF_(NOT_)NONE (the peephole optimizer).
    const op = e._type === 'Compare' ? (e.ops as Node[])[0]._type : '';
    const right = e._type === 'Compare' ? (e.comparators as Node[])[0] : null;
    if ((op === 'Is' || op === 'IsNot') && right?._type === 'Constant' && right.value.tag === 'None') {
      this.expr(e.left, h);
      return;
    }
    this.expr(e, h);
  }

  call(e: Node, h: number): void {
    const args = e.args as Node[];
    const kws = e.keywords as Node[];
    const func = e.func as Node;
    const starred = args.some((a) => a._type === 'Starred') || kws.some((k) => k.arg === null);
    // maybe_optimize_method_call: LOAD_METHOD unless starred or too many arguments; it
    // never goes to CALL_FUNCTION_EX. compiler_call_helper does when the arguments would
    // take more than STACK_USE_GUIDELINE slots.
    const method =
      func._type === 'Attribute' &&
      !starred &&
      args.length + kws.length + (kws.length > 0 ? 1 : 0) < GUIDELINE;
    const exCall = !method && (starred || args.length + 2 * kws.length > GUIDELINE);
    if (method) {
      this.expr(func.value, h);
    } else {
      this.expr(func, h + 1);
    }
    this.at(h + 2);
    if (!exCall) {
      args.forEach((a, i) => {
        this.expr(a, h + 2 + i);
      });
      kws.forEach((k, i) => {
        this.expr(k.value, h + 2 + args.length + i);
      });
      return;
    }
    // CALL_FUNCTION_EX: the positional arguments as a tuple, the keywords as a dict.
    const b = h + 2;
    if (args.length === 1 && args[0]._type === 'Starred') this.expr(args[0].value, b);
    else if (args.length === 0) this.at(b + 1);
    else this.starUnpack(args, b);
    if (kws.length === 0) return;
    let haveDict = false;
    let seen: Node[] = [];
    const k = b + 1;
    const flush = () => {
      this.subKwargs(seen, haveDict ? k + 1 : k);
      haveDict = true;
      seen = [];
    };
    for (const kw of kws) {
      if (kw.arg === null) {
        if (seen.length > 0) flush();
        if (!haveDict) {
          this.at(k + 1);
          haveDict = true;
        }
        this.expr(kw.value, k + 1);
      } else seen.push(kw);
    }
    if (seen.length > 0) flush();
  }

  subKwargs(kws: Node[], h: number): void {
    if (kws.length * 2 > GUIDELINE) {
      // BUILD_MAP 0, then each key and value, MAP_ADD.
      this.at(h + 1);
      for (const kw of kws) {
        this.at(h + 2);
        this.expr(kw.value, h + 2);
      }
      return;
    }
    if (kws.length > 1) {
      kws.forEach((kw, i) => {
        this.expr(kw.value, h + i);
      });
      this.at(h + kws.length + 1);
    } else {
      this.at(h + 1);
      this.expr(kws[0].value, h + 1);
    }
  }

  /** starunpack_helper for a list or tuple built at height h (its items pushed from h). */
  starUnpack(elts: Node[], h: number): void {
    let built = elts.length > GUIDELINE;
    if (built) this.at(h + 1);
    elts.forEach((x, i) => {
      if (x._type === 'Starred') {
        if (!built) {
          this.at(h + 1);
          built = true;
        }
        this.expr(x.value, h + 1);
      } else this.expr(x, built ? h + 1 : h + i);
    });
  }

  sequence(e: Node, h: number): void {
    const elts = e.elts as Node[];
    if (e.ctx?._type === 'Store') return;
    if (elts.length > 2 && elts.every(isConst)) {
      this.at(h + (e._type === 'Tuple' ? 1 : 2));
      return;
    }
    if (e._type === 'Tuple' && elts.every(isConst)) {
      this.at(h + 1);
      return;
    }
    this.starUnpack(elts, h);
  }

  dict(e: Node, h: number): void {
    const keys = e.keys as (Node | null)[];
    const values = e.values as Node[];
    let haveDict = false;
    let elements = 0;
    const sub = (begin: number, end: number) => {
      this.subDict(keys.slice(begin, end) as Node[], values.slice(begin, end), haveDict ? h + 1 : h);
      haveDict = true;
      elements = 0;
    };
    for (let i = 0; i < values.length; i++) {
      if (keys[i] === null) {
        if (elements > 0) sub(i - elements, i);
        if (!haveDict) {
          this.at(h + 1);
          haveDict = true;
        }
        this.expr(values[i], h + 1);
      } else if (elements * 2 > GUIDELINE) sub(i - elements, i + 1);
      else elements++;
    }
    if (elements > 0) sub(values.length - elements, values.length);
    this.at(h + 1);
  }

  subDict(keys: Node[], values: Node[], h: number): void {
    const n = keys.length;
    const big = n * 2 > GUIDELINE;
    if (n > 1 && !big && keys.every(isConst)) {
      values.forEach((v, i) => {
        this.expr(v, h + i);
      });
      this.at(h + n + 1);
      return;
    }
    if (big) {
      this.at(h + 1);
      keys.forEach((k, i) => {
        this.expr(k, h + 1);
        this.expr(values[i], h + 2);
      });
      return;
    }
    keys.forEach((k, i) => {
      this.expr(k, h + 2 * i);
      this.expr(values[i], h + 2 * i + 1);
    });
  }

  /** The closure tuple (if the child scope has free variables) and the code constant. */
  makeClosure(child: Node, h: number): void {
    const free = this.free.get(child) ?? 0;
    if (free > 0) this.at(h + free);
    this.at(h + (free > 0 ? 2 : 1));
  }

  /** Defaults, keyword defaults, annotations, closure and code, then MAKE_FUNCTION. */
  makeFunction(node: Node, h: number, decorators: number): void {
    const args = node.args as Node;
    let b = h + decorators;
    const defaults = args.defaults as Node[];
    // A BUILD_TUPLE of constants is folded into one LOAD_CONST (fold_tuple_on_constants).
    if (defaults.length > 0) {
      if (defaults.every(isConst)) this.at(b + 1);
      else
        defaults.forEach((d, i) => {
          this.expr(d, b + i);
        });
      b++;
    }
    const kwDefaults = (args.kw_defaults as (Node | null)[]).filter((d) => d !== null) as Node[];
    if (kwDefaults.length > 0) {
      kwDefaults.forEach((d, i) => {
        this.expr(d, b + i);
      });
      this.at(b + kwDefaults.length + 1);
      b++;
    }
    if (node._type !== 'Lambda') {
      const annotated: Node[] = [];
      const all = [
        ...args.posonlyargs,
        ...args.args,
        args.vararg,
        ...args.kwonlyargs,
        args.kwarg,
      ] as (Node | null)[];
      for (const a of all) if (a?.annotation) annotated.push(a.annotation);
      if (node.returns) annotated.push(node.returns);
      if (annotated.length > 0) {
        if (this.annotationsFuture || annotated.every(isConst)) this.at(b + 1);
        else
          annotated.forEach((a, i) => {
            this.at(b + 2 * i + 1);
            this.expr(a, b + 2 * i + 1);
          });
        b++;
      }
    }
    this.makeClosure(node, b);
  }

  /** Stores the value on top of a stack of height h into `t`. */
  store(t: Node, h: number): void {
    switch (t._type) {
      case 'Attribute':
        this.expr(t.value, h);
        return;
      case 'Subscript':
        this.expr(t.value, h);
        this.expr(t.slice, h + 1);
        return;
      case 'Starred':
        this.store(t.value, h);
        return;
      case 'Tuple':
      case 'List': {
        const elts = t.elts as Node[];
        const n = elts.length;
        this.at(h - 1 + n);
        elts.forEach((x, k) => {
          this.store(x, h - 1 + n - k);
        });
        return;
      }
      default:
        return;
    }
  }
}
