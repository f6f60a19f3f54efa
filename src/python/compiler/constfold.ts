// fold_unaryop and fold_binop of 3.11's AST optimizer (Python/ast_opt.c): an operator on
// constants becomes one constant when CPython's compiler would fold it, with its size limits
// (safe_multiply, safe_power, safe_lshift, safe_mod). Observable: `a = -1000; b = -1000`
// makes one object (`a is b`), its count includes co_consts, and no int is made at run time.
//
// Only the cases whose result pymm can compute here exactly as CPython's run time would are
// folded (ints, strs, bytes, tuples; floats for + - * /); the others stay operators, which
// gives the same values (an identity or a count can differ, not a result).

import type { ConstantValue, Node } from './node.js';

const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256; // items
const MAX_STR_SIZE = 4096; // characters
const MAX_TOTAL_ITEMS = 1024; // including nested collections

/**
 * The tree with every UnaryOp, BinOp, constant Tuple and Subscript CPython's compiler folds made a
 * Constant, bottom-up. The nodes on a folded path are copied: the caller's tree is left as
 * it was (the model of CPython's compiler allocations reads it unfolded).
 */
export function foldConstants(tree: Node): Node {
  let folded = lastFolded.get(tree);
  if (folded === undefined) {
    folded = fold(tree);
    lastFolded.set(tree, folded);
  }
  return folded;
}

/** Trees folded already (the compiler, then the model of CPython's compiler, fold the same tree). */
const lastFolded = new WeakMap<Node, Node>();

function isNode(x: unknown): x is Node {
  return x !== null && typeof x === 'object' && '_type' in x;
}

function fold(node: Node): Node {
  let copy: Record<string, unknown> | null = null;
  for (const key of Object.keys(node)) {
    // Annotations are not folded (astfold_arg; under PEP 563 they are their source text).
    if (key === 'annotation' || key === 'returns') continue;
    const v = (node as Record<string, unknown>)[key];
    if (Array.isArray(v)) {
      let arr: unknown[] | null = null;
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (!isNode(x)) continue;
        const y = fold(x);
        if (y !== x) {
          arr ??= v.slice();
          arr[i] = y;
        }
      }
      if (arr !== null) {
        copy ??= { ...node };
        copy[key] = arr;
      }
    } else if (isNode(v)) {
      const y = fold(v);
      if (y !== v) {
        copy ??= { ...node };
        copy[key] = y;
      }
    }
  }
  const cur = (copy ?? node) as Node;
  let value: ConstantValue | null = null;
  if (cur._type === 'Tuple' && cur.ctx?._type === 'Load') {
    // fold_tuple: a tuple display of constants is a constant.
    const elts = cur.elts as Node[];
    if (elts.every((x) => x._type === 'Constant'))
      value = { tag: 'tuple', items: elts.map((x) => x.value as ConstantValue) };
  } else if (cur._type === 'UnaryOp' && cur.operand._type === 'Constant') {
    value = unary(cur.op._type, cur.operand.value as ConstantValue);
  } else if (cur._type === 'BinOp' && cur.left._type === 'Constant' && cur.right._type === 'Constant') {
    value = binary(cur.op._type, cur.left.value as ConstantValue, cur.right.value as ConstantValue);
  } else if (
    cur._type === 'Subscript' &&
    cur.ctx?._type === 'Load' &&
    cur.value._type === 'Constant' &&
    cur.slice._type === 'Constant'
  ) {
    value = subscript(cur.value.value as ConstantValue, cur.slice.value as ConstantValue);
  }
  if (value === null) return cur;
  const out: Record<string, unknown> = { ...cur };
  for (const key of ['op', 'operand', 'left', 'right', 'elts', 'ctx', 'value', 'slice']) delete out[key];
  out._type = 'Constant';
  out.value = value;
  out.kind = null;
  return out as Node;
}

// fold_subscr: a str, bytes or tuple constant indexed by an int constant in range (what
// PyObject_GetItem answers without an error; an error leaves the subscript to run time).
function subscript(v: ConstantValue, i: ConstantValue): ConstantValue | null {
  const k = int(i);
  if (k === null) return null;
  const items: ConstantValue[] | string[] | Uint8Array | null =
    v.tag === 'str' ? [...v.value] : v.tag === 'bytes' ? v.value : v.tag === 'tuple' ? v.items : null;
  if (items === null) return null;
  const n = BigInt(items.length);
  if (k < -n || k >= n) return null;
  const at = Number(k < 0n ? k + n : k);
  if (v.tag === 'str') return { tag: 'str', value: (items as string[])[at] };
  if (v.tag === 'bytes') return { tag: 'int', value: BigInt((items as Uint8Array)[at]) };
  return (items as ConstantValue[])[at];
}

function int(v: ConstantValue): bigint | null {
  if (v.tag === 'int') return v.value;
  if (v.tag === 'bool') return v.value ? 1n : 0n;
  return null;
}

function num(v: ConstantValue): number | null {
  if (v.tag === 'float') return v.value;
  const i = int(v);
  if (i === null) return null;
  // int → float as CPython converts it (correctly rounded), or no folding past the range.
  const f = Number(i);
  return Number.isFinite(f) ? f : null;
}

/** The truth of a constant (PyObject_IsTrue), or null. */
export function truthy(v: ConstantValue): boolean | null {
  switch (v.tag) {
    case 'None':
      return false;
    case 'Ellipsis':
      return true;
    case 'bool':
      return v.value;
    case 'int':
      return v.value !== 0n;
    case 'float':
      return v.value !== 0;
    case 'complex':
      return v.imag !== 0;
    case 'str':
      return v.value.length > 0;
    case 'bytes':
      return v.value.length > 0;
    case 'tuple':
    case 'frozenset':
      return v.items.length > 0;
  }
}

function unary(op: string, v: ConstantValue): ConstantValue | null {
  if (op === 'Not') {
    const t = truthy(v);
    return t === null ? null : { tag: 'bool', value: !t };
  }
  const i = int(v);
  if (i !== null) {
    if (op === 'USub') return { tag: 'int', value: -i };
    if (op === 'UAdd') return { tag: 'int', value: i };
    if (op === 'Invert') return { tag: 'int', value: -i - 1n };
    return null;
  }
  if (v.tag === 'float') {
    if (op === 'USub') return { tag: 'float', value: -v.value };
    if (op === 'UAdd') return v;
  }
  return null;
}

function bits(i: bigint): number {
  return i === 0n ? 0 : (i < 0n ? -i : i).toString(2).length;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function strLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

// check_complexity: items of a tuple, nested ones included, against a budget.
function complexity(v: ConstantValue, limit: number): number {
  if (v.tag !== 'tuple' && v.tag !== 'frozenset') return limit;
  let left = limit - v.items.length;
  for (const x of v.items) {
    if (left < 0) break;
    left = complexity(x, left);
  }
  return left;
}

function binary(op: string, l: ConstantValue, r: ConstantValue): ConstantValue | null {
  const a = int(l);
  const b = int(r);
  if (a !== null && b !== null) return intBinary(op, l, r, a, b);
  if (op === 'Mult') {
    if (a !== null && isSequence(r)) return repeat(r, a);
    if (b !== null && isSequence(l)) return repeat(l, b);
  }
  if (op === 'Add') {
    if (l.tag === 'str' && r.tag === 'str') return { tag: 'str', value: l.value + r.value };
    if (l.tag === 'bytes' && r.tag === 'bytes') {
      const out = new Uint8Array(l.value.length + r.value.length);
      out.set(l.value);
      out.set(r.value, l.value.length);
      return { tag: 'bytes', value: out };
    }
    if (l.tag === 'tuple' && r.tag === 'tuple') return { tag: 'tuple', items: [...l.items, ...r.items] };
  }
  if ((l.tag === 'float' || r.tag === 'float') && l.tag !== 'complex' && r.tag !== 'complex') {
    const x = num(l);
    const y = num(r);
    if (x === null || y === null) return null;
    switch (op) {
      case 'Add':
        return { tag: 'float', value: x + y };
      case 'Sub':
        return { tag: 'float', value: x - y };
      case 'Mult':
        return { tag: 'float', value: x * y };
      case 'Div':
        return y === 0 ? null : { tag: 'float', value: x / y };
    }
  }
  return null;
}

function intBinary(
  op: string,
  l: ConstantValue,
  r: ConstantValue,
  a: bigint,
  b: bigint,
): ConstantValue | null {
  const bothBool = l.tag === 'bool' && r.tag === 'bool';
  const i = (value: bigint): ConstantValue => ({ tag: 'int', value });
  switch (op) {
    case 'Add':
      return i(a + b);
    case 'Sub':
      return i(a - b);
    case 'Mult':
      return a !== 0n && b !== 0n && bits(a) + bits(b) > MAX_INT_SIZE ? null : i(a * b);
    case 'FloorDiv':
      return b === 0n ? null : i(floorDiv(a, b));
    case 'Mod':
      return b === 0n ? null : i(a - floorDiv(a, b) * b);
    case 'Div': {
      // long_true_divide is correctly rounded; so is a double division of exact doubles.
      const lim = 2n ** 53n;
      if (b === 0n || a >= lim || -a >= lim || b >= lim || -b >= lim) return null;
      return { tag: 'float', value: Number(a) / Number(b) };
    }
    case 'Pow':
      // Negative powers give floats (left to run time); safe_power's limit on the others.
      if (b < 0n) return null;
      if (a !== 0n && b > 0n && bits(a) > Math.floor(MAX_INT_SIZE / Number(b))) return null;
      return i(a ** b);
    case 'LShift':
      if (b < 0n) return null;
      if (a !== 0n && b !== 0n && (b > BigInt(MAX_INT_SIZE) || bits(a) > MAX_INT_SIZE - Number(b)))
        return null;
      return i(a << b);
    case 'RShift':
      return b < 0n ? null : i(a >> b);
    case 'BitAnd':
      return bothBool ? { tag: 'bool', value: (a & b) !== 0n } : i(a & b);
    case 'BitOr':
      return bothBool ? { tag: 'bool', value: (a | b) !== 0n } : i(a | b);
    case 'BitXor':
      return bothBool ? { tag: 'bool', value: (a ^ b) !== 0n } : i(a ^ b);
  }
  return null;
}

function isSequence(v: ConstantValue): boolean {
  return v.tag === 'str' || v.tag === 'bytes' || v.tag === 'tuple';
}

// safe_multiply for a sequence times an int.
function repeat(seq: ConstantValue, count: bigint): ConstantValue | null {
  const n = count < 0n ? 0 : Number(count);
  if (seq.tag === 'str' || seq.tag === 'bytes') {
    const size = seq.tag === 'str' ? strLength(seq.value) : seq.value.length;
    if (size === 0) return seq;
    if (count < 0n || n > Math.floor(MAX_STR_SIZE / size)) return null;
    if (seq.tag === 'str') return { tag: 'str', value: seq.value.repeat(n) };
    const out = new Uint8Array(size * n);
    for (let k = 0; k < n; k++) out.set(seq.value, k * size);
    return { tag: 'bytes', value: out };
  }
  if (seq.tag === 'tuple') {
    const size = seq.items.length;
    if (size === 0) return seq;
    if (count < 0n || n > Math.floor(MAX_COLLECTION_SIZE / size)) return null;
    if (n > 0 && complexity(seq, Math.floor(MAX_TOTAL_ITEMS / n)) < 0) return null;
    const items: ConstantValue[] = [];
    for (let k = 0; k < n; k++) items.push(...seq.items);
    return { tag: 'tuple', items };
  }
  return null;
}
