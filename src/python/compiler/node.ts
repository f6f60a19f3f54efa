// The compiler's view of the syntax tree: nodes shaped like Python's `ast` module.
//
// The compiler reads nodes by their `ast` field names (`node.body`, `node.targets`, …) and
// dispatches on `_type`, so it works with any producer of `ast`-shaped trees: pymm's own
// parser, or python3's `ast` exported as JSON (tests/python/support/pyast.py).

/** Any `ast` node: its class name in `_type`, its fields and position attributes. */
export interface Node {
  readonly _type: string;
  readonly lineno?: number;
  readonly col_offset?: number;
  readonly end_lineno?: number;
  readonly end_col_offset?: number;
  // biome-ignore lint/suspicious/noExplicitAny: fields differ per node class, as in `ast`.
  readonly [field: string]: any;
}

/** The value of a Constant node, tagged so that int, float, str… stay distinct in JS. */
export type ConstantValue =
  | { tag: 'None' }
  | { tag: 'bool'; value: boolean }
  | { tag: 'int'; value: bigint }
  | { tag: 'float'; value: number }
  | { tag: 'complex'; imag: number }
  | { tag: 'str'; value: string }
  | { tag: 'bytes'; value: Uint8Array }
  | { tag: 'Ellipsis' }
  | { tag: 'tuple'; items: ConstantValue[] }
  | { tag: 'frozenset'; items: ConstantValue[] };
