// The parts of 3.11's AST optimizer (Python/ast_opt.c) that change which objects a
// program makes: `'fmt' % (a, b)` with only %s, %r and %a units (and widths and
// precisions) becomes an f-string, so no tuple is built for the operands; and a list
// display iterated over (`for`, comprehensions) or searched (`in`) becomes a tuple, a set
// display of constants a frozenset constant.

import type { ConstantValue, Node } from './node.js';

function strConstant(value: string): Node {
  return { _type: 'Constant', value: { tag: 'str', value }, kind: null } as Node;
}

/** optimize_format: the JoinedStr that `'fmt' % (…)` compiles to, or null to keep the BinOp. */
export function optimizeFormat(node: Node): Node | null {
  if (node.op?._type !== 'Mod') return null;
  const left = node.left as Node;
  const right = node.right as Node;
  const lv = left.value as ConstantValue | undefined;
  if (left._type !== 'Constant' || lv?.tag !== 'str') return null;
  if (right._type !== 'Tuple' || (right.elts as Node[]).some((x) => x._type === 'Starred')) return null;
  const fmt = lv.value;
  const elts = right.elts as Node[];
  const values: Node[] = [];
  let pos = 0;
  let cnt = 0;
  const at = (n: Node) => ({
    lineno: n.lineno,
    col_offset: n.col_offset,
    end_lineno: n.end_lineno,
    end_col_offset: n.end_col_offset,
  });
  for (;;) {
    // parse_literal: text up to the next lone '%', with '%%' read as '%'.
    const start = pos;
    let text = '';
    while (pos < fmt.length) {
      if (fmt[pos] !== '%') text += fmt[pos++];
      else if (fmt[pos + 1] === '%') {
        text += '%';
        pos += 2;
      } else break;
    }
    if (pos > start) values.push(strConstant(text));
    if (pos >= fmt.length) break;
    if (cnt >= elts.length) return null; // more format units than items
    pos++;
    const unit = parseUnit(fmt, pos);
    if (unit === null) return null;
    pos = unit.end;
    const arg = elts[cnt++];
    let spec = '';
    if (!unit.ljust && unit.width > 0) spec += '>';
    if (unit.width >= 0) spec += String(unit.width);
    if (unit.prec >= 0) spec += `.${unit.prec}`;
    values.push({
      _type: 'FormattedValue',
      value: arg,
      conversion: unit.spec.charCodeAt(0),
      format_spec: spec === '' ? null : strConstant(spec),
      ...at(arg),
    } as Node);
  }
  if (cnt < elts.length) return null; // more items than format units
  return { _type: 'JoinedStr', values, ...at(node) } as Node;
}

const MAXDIGITS = 3;

// simple_format_arg_parse: flags, width, precision and a s/r/a conversion, else null.
function parseUnit(
  fmt: string,
  pos: number,
): { spec: string; ljust: boolean; width: number; prec: number; end: number } | null {
  let ljust = false;
  let ch = fmt[pos++];
  if (ch === undefined) return null;
  while ('-+ #0z'.includes(ch)) {
    if (ch === '-') ljust = true;
    ch = fmt[pos++];
    if (ch === undefined) return null;
  }
  let width = -1;
  let prec = -1;
  const digits = (): number | null => {
    let v = 0;
    let count = 0;
    while (ch >= '0' && ch <= '9') {
      v = v * 10 + (ch.charCodeAt(0) - 48);
      ch = fmt[pos++];
      if (ch === undefined || ++count >= MAXDIGITS) return null;
    }
    return v;
  };
  if (ch >= '0' && ch <= '9') {
    const w = digits();
    if (w === null) return null;
    width = w;
  }
  if (ch === '.') {
    ch = fmt[pos++];
    if (ch === undefined) return null;
    const p = digits();
    if (p === null) return null;
    prec = p;
  }
  if (ch !== 's' && ch !== 'r' && ch !== 'a') return null;
  return { spec: ch, ljust, width, prec, end: pos };
}

/** fold_iter: the node to compile for an iterable that is only iterated over or searched. */
export function foldIter(node: Node): Node {
  if (node._type === 'List') {
    if ((node.elts as Node[]).some((x) => x._type === 'Starred')) return node;
    return { ...node, _type: 'Tuple' } as Node;
  }
  if (node._type === 'Set') {
    const elts = node.elts as Node[];
    if (!elts.every((x) => x._type === 'Constant')) return node;
    const items = elts.map((x) => x.value as ConstantValue);
    return { ...node, _type: 'Constant', value: { tag: 'frozenset', items } } as Node;
  }
  return node;
}
