// Node types shaped exactly like CPython 3.11's `ast` module (Parser/Python.asdl): one interface per
// class, a `_type` field naming it, the fields in ASDL order, and the four position attributes on
// the classes that carry them. FIELDS keeps the field order for dump(); OPTIONAL names the `?`
// fields, which ast.dump() leaves out when they are None. The interfaces were generated from
// python3's own `ast` classes (their ASDL signatures); a test checks the tables against it.

/** Source span of a node: lines from 1, columns as UTF-8 byte offsets from 0 (like CPython). */
export interface Loc {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** A constant's Python value, tagged so that int, float, complex, str, bytes, bool, None, Ellipsis stay distinct. */
export type ConstantValue =
  | { tag: 'int'; value: bigint }
  | { tag: 'float'; value: number }
  | { tag: 'complex'; imag: number }
  | { tag: 'str'; value: string }
  | { tag: 'bytes'; value: Uint8Array }
  | { tag: 'bool'; value: boolean }
  | { tag: 'None' }
  | { tag: 'Ellipsis' };

/** `Expression(expr body)` */
export interface Expression {
  _type: 'Expression';
  body: Expr;
}
/** `FunctionType(expr* argtypes, expr returns)` */
export interface FunctionType {
  _type: 'FunctionType';
  argtypes: Expr[];
  returns: Expr;
}
/** `Interactive(stmt* body)` */
export interface Interactive {
  _type: 'Interactive';
  body: Stmt[];
}
/** `Module(stmt* body, type_ignore* type_ignores)` */
export interface Module {
  _type: 'Module';
  body: Stmt[];
  type_ignores: TypeIgnore[];
}
/** Any node of the `mod` sum. */
export type Mod = Expression | FunctionType | Interactive | Module;
/** `AnnAssign(expr target, expr annotation, expr? value, int simple)` */
export interface AnnAssign extends Loc {
  _type: 'AnnAssign';
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  simple: number;
}
/** `Assert(expr test, expr? msg)` */
export interface Assert extends Loc {
  _type: 'Assert';
  test: Expr;
  msg: Expr | null;
}
/** `Assign(expr* targets, expr value, string? type_comment)` */
export interface Assign extends Loc {
  _type: 'Assign';
  targets: Expr[];
  value: Expr;
  type_comment: string | null;
}
/** `AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)` */
export interface AsyncFor extends Loc {
  _type: 'AsyncFor';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  type_comment: string | null;
}
/** `AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)` */
export interface AsyncFunctionDef extends Loc {
  _type: 'AsyncFunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: string | null;
}
/** `AsyncWith(withitem* items, stmt* body, string? type_comment)` */
export interface AsyncWith extends Loc {
  _type: 'AsyncWith';
  items: WithItem[];
  body: Stmt[];
  type_comment: string | null;
}
/** `AugAssign(expr target, operator op, expr value)` */
export interface AugAssign extends Loc {
  _type: 'AugAssign';
  target: Expr;
  op: Operator;
  value: Expr;
}
/** `Break` */
export interface Break extends Loc {
  _type: 'Break';
}
/** `ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)` */
export interface ClassDef extends Loc {
  _type: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
}
/** `Continue` */
export interface Continue extends Loc {
  _type: 'Continue';
}
/** `Delete(expr* targets)` */
export interface Delete extends Loc {
  _type: 'Delete';
  targets: Expr[];
}
/** `Expr(expr value)` */
export interface ExprStmt extends Loc {
  _type: 'Expr';
  value: Expr;
}
/** `For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)` */
export interface For extends Loc {
  _type: 'For';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  type_comment: string | null;
}
/** `FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)` */
export interface FunctionDef extends Loc {
  _type: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: string | null;
}
/** `Global(identifier* names)` */
export interface Global extends Loc {
  _type: 'Global';
  names: string[];
}
/** `If(expr test, stmt* body, stmt* orelse)` */
export interface If extends Loc {
  _type: 'If';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
/** `Import(alias* names)` */
export interface Import extends Loc {
  _type: 'Import';
  names: Alias[];
}
/** `ImportFrom(identifier? module, alias* names, int? level)` */
export interface ImportFrom extends Loc {
  _type: 'ImportFrom';
  module: string | null;
  names: Alias[];
  level: number | null;
}
/** `Match(expr subject, match_case* cases)` */
export interface Match extends Loc {
  _type: 'Match';
  subject: Expr;
  cases: MatchCase[];
}
/** `Nonlocal(identifier* names)` */
export interface Nonlocal extends Loc {
  _type: 'Nonlocal';
  names: string[];
}
/** `Pass` */
export interface Pass extends Loc {
  _type: 'Pass';
}
/** `Raise(expr? exc, expr? cause)` */
export interface Raise extends Loc {
  _type: 'Raise';
  exc: Expr | null;
  cause: Expr | null;
}
/** `Return(expr? value)` */
export interface Return extends Loc {
  _type: 'Return';
  value: Expr | null;
}
/** `Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)` */
export interface Try extends Loc {
  _type: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
/** `TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)` */
export interface TryStar extends Loc {
  _type: 'TryStar';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
/** `While(expr test, stmt* body, stmt* orelse)` */
export interface While extends Loc {
  _type: 'While';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
/** `With(withitem* items, stmt* body, string? type_comment)` */
export interface With extends Loc {
  _type: 'With';
  items: WithItem[];
  body: Stmt[];
  type_comment: string | null;
}
/** Any node of the `stmt` sum. */
export type Stmt =
  | AnnAssign
  | Assert
  | Assign
  | AsyncFor
  | AsyncFunctionDef
  | AsyncWith
  | AugAssign
  | Break
  | ClassDef
  | Continue
  | Delete
  | ExprStmt
  | For
  | FunctionDef
  | Global
  | If
  | Import
  | ImportFrom
  | Match
  | Nonlocal
  | Pass
  | Raise
  | Return
  | Try
  | TryStar
  | While
  | With;
/** `Attribute(expr value, identifier attr, expr_context ctx)` */
export interface Attribute extends Loc {
  _type: 'Attribute';
  value: Expr;
  attr: string;
  ctx: ExprContext;
}
/** `Await(expr value)` */
export interface Await extends Loc {
  _type: 'Await';
  value: Expr;
}
/** `BinOp(expr left, operator op, expr right)` */
export interface BinOp extends Loc {
  _type: 'BinOp';
  left: Expr;
  op: Operator;
  right: Expr;
}
/** `BoolOp(boolop op, expr* values)` */
export interface BoolOp extends Loc {
  _type: 'BoolOp';
  op: BoolOpKind;
  values: Expr[];
}
/** `Call(expr func, expr* args, keyword* keywords)` */
export interface Call extends Loc {
  _type: 'Call';
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}
/** `Compare(expr left, cmpop* ops, expr* comparators)` */
export interface Compare extends Loc {
  _type: 'Compare';
  left: Expr;
  ops: CmpOp[];
  comparators: Expr[];
}
/** `Constant(constant value, string? kind)` */
export interface Constant extends Loc {
  _type: 'Constant';
  value: ConstantValue;
  kind: string | null;
}
/** `Dict(expr* keys, expr* values)` */
export interface Dict extends Loc {
  _type: 'Dict';
  keys: Expr[];
  values: Expr[];
}
/** `DictComp(expr key, expr value, comprehension* generators)` */
export interface DictComp extends Loc {
  _type: 'DictComp';
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}
/** `FormattedValue(expr value, int conversion, expr? format_spec)` */
export interface FormattedValue extends Loc {
  _type: 'FormattedValue';
  value: Expr;
  conversion: number;
  format_spec: Expr | null;
}
/** `GeneratorExp(expr elt, comprehension* generators)` */
export interface GeneratorExp extends Loc {
  _type: 'GeneratorExp';
  elt: Expr;
  generators: Comprehension[];
}
/** `IfExp(expr test, expr body, expr orelse)` */
export interface IfExp extends Loc {
  _type: 'IfExp';
  test: Expr;
  body: Expr;
  orelse: Expr;
}
/** `JoinedStr(expr* values)` */
export interface JoinedStr extends Loc {
  _type: 'JoinedStr';
  values: Expr[];
}
/** `Lambda(arguments args, expr body)` */
export interface Lambda extends Loc {
  _type: 'Lambda';
  args: Arguments;
  body: Expr;
}
/** `List(expr* elts, expr_context ctx)` */
export interface List extends Loc {
  _type: 'List';
  elts: Expr[];
  ctx: ExprContext;
}
/** `ListComp(expr elt, comprehension* generators)` */
export interface ListComp extends Loc {
  _type: 'ListComp';
  elt: Expr;
  generators: Comprehension[];
}
/** `Name(identifier id, expr_context ctx)` */
export interface Name extends Loc {
  _type: 'Name';
  id: string;
  ctx: ExprContext;
}
/** `NamedExpr(expr target, expr value)` */
export interface NamedExpr extends Loc {
  _type: 'NamedExpr';
  target: Expr;
  value: Expr;
}
/** `Set(expr* elts)` */
export interface Set extends Loc {
  _type: 'Set';
  elts: Expr[];
}
/** `SetComp(expr elt, comprehension* generators)` */
export interface SetComp extends Loc {
  _type: 'SetComp';
  elt: Expr;
  generators: Comprehension[];
}
/** `Slice(expr? lower, expr? upper, expr? step)` */
export interface Slice extends Loc {
  _type: 'Slice';
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}
/** `Starred(expr value, expr_context ctx)` */
export interface Starred extends Loc {
  _type: 'Starred';
  value: Expr;
  ctx: ExprContext;
}
/** `Subscript(expr value, expr slice, expr_context ctx)` */
export interface Subscript extends Loc {
  _type: 'Subscript';
  value: Expr;
  slice: Expr;
  ctx: ExprContext;
}
/** `Tuple(expr* elts, expr_context ctx)` */
export interface Tuple extends Loc {
  _type: 'Tuple';
  elts: Expr[];
  ctx: ExprContext;
}
/** `UnaryOp(unaryop op, expr operand)` */
export interface UnaryOp extends Loc {
  _type: 'UnaryOp';
  op: UnaryOpKind;
  operand: Expr;
}
/** `Yield(expr? value)` */
export interface Yield extends Loc {
  _type: 'Yield';
  value: Expr | null;
}
/** `YieldFrom(expr value)` */
export interface YieldFrom extends Loc {
  _type: 'YieldFrom';
  value: Expr;
}
/** Any node of the `expr` sum. */
export type Expr =
  | Attribute
  | Await
  | BinOp
  | BoolOp
  | Call
  | Compare
  | Constant
  | Dict
  | DictComp
  | FormattedValue
  | GeneratorExp
  | IfExp
  | JoinedStr
  | Lambda
  | List
  | ListComp
  | Name
  | NamedExpr
  | Set
  | SetComp
  | Slice
  | Starred
  | Subscript
  | Tuple
  | UnaryOp
  | Yield
  | YieldFrom;
/** `Del` */
export interface Del {
  _type: 'Del';
}
/** `Load` */
export interface Load {
  _type: 'Load';
}
/** `Store` */
export interface Store {
  _type: 'Store';
}
/** Any node of the `expr_context` sum. */
export type ExprContext = Del | Load | Store;
/** `And` */
export interface And {
  _type: 'And';
}
/** `Or` */
export interface Or {
  _type: 'Or';
}
/** Any node of the `boolop` sum. */
export type BoolOpKind = And | Or;
/** `Add` */
export interface Add {
  _type: 'Add';
}
/** `BitAnd` */
export interface BitAnd {
  _type: 'BitAnd';
}
/** `BitOr` */
export interface BitOr {
  _type: 'BitOr';
}
/** `BitXor` */
export interface BitXor {
  _type: 'BitXor';
}
/** `Div` */
export interface Div {
  _type: 'Div';
}
/** `FloorDiv` */
export interface FloorDiv {
  _type: 'FloorDiv';
}
/** `LShift` */
export interface LShift {
  _type: 'LShift';
}
/** `MatMult` */
export interface MatMult {
  _type: 'MatMult';
}
/** `Mod` */
export interface ModOp {
  _type: 'Mod';
}
/** `Mult` */
export interface Mult {
  _type: 'Mult';
}
/** `Pow` */
export interface Pow {
  _type: 'Pow';
}
/** `RShift` */
export interface RShift {
  _type: 'RShift';
}
/** `Sub` */
export interface Sub {
  _type: 'Sub';
}
/** Any node of the `operator` sum. */
export type Operator =
  | Add
  | BitAnd
  | BitOr
  | BitXor
  | Div
  | FloorDiv
  | LShift
  | MatMult
  | ModOp
  | Mult
  | Pow
  | RShift
  | Sub;
/** `Invert` */
export interface Invert {
  _type: 'Invert';
}
/** `Not` */
export interface Not {
  _type: 'Not';
}
/** `UAdd` */
export interface UAdd {
  _type: 'UAdd';
}
/** `USub` */
export interface USub {
  _type: 'USub';
}
/** Any node of the `unaryop` sum. */
export type UnaryOpKind = Invert | Not | UAdd | USub;
/** `Eq` */
export interface Eq {
  _type: 'Eq';
}
/** `Gt` */
export interface Gt {
  _type: 'Gt';
}
/** `GtE` */
export interface GtE {
  _type: 'GtE';
}
/** `In` */
export interface In {
  _type: 'In';
}
/** `Is` */
export interface Is {
  _type: 'Is';
}
/** `IsNot` */
export interface IsNot {
  _type: 'IsNot';
}
/** `Lt` */
export interface Lt {
  _type: 'Lt';
}
/** `LtE` */
export interface LtE {
  _type: 'LtE';
}
/** `NotEq` */
export interface NotEq {
  _type: 'NotEq';
}
/** `NotIn` */
export interface NotIn {
  _type: 'NotIn';
}
/** Any node of the `cmpop` sum. */
export type CmpOp = Eq | Gt | GtE | In | Is | IsNot | Lt | LtE | NotEq | NotIn;
/** `comprehension(expr target, expr iter, expr* ifs, int is_async)` */
export interface Comprehension {
  _type: 'comprehension';
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  is_async: number;
}
/** `ExceptHandler(expr? type, identifier? name, stmt* body)` */
export interface ExceptHandler extends Loc {
  _type: 'ExceptHandler';
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}
/** `arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)` */
export interface Arguments {
  _type: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kw_defaults: Expr[];
  kwarg: Arg | null;
  defaults: Expr[];
}
/** `arg(identifier arg, expr? annotation, string? type_comment)` */
export interface Arg extends Loc {
  _type: 'arg';
  arg: string;
  annotation: Expr | null;
  type_comment: string | null;
}
/** `keyword(identifier? arg, expr value)` */
export interface Keyword extends Loc {
  _type: 'keyword';
  arg: string | null;
  value: Expr;
}
/** `alias(identifier name, identifier? asname)` */
export interface Alias extends Loc {
  _type: 'alias';
  name: string;
  asname: string | null;
}
/** `withitem(expr context_expr, expr? optional_vars)` */
export interface WithItem {
  _type: 'withitem';
  context_expr: Expr;
  optional_vars: Expr | null;
}
/** `match_case(pattern pattern, expr? guard, stmt* body)` */
export interface MatchCase {
  _type: 'match_case';
  pattern: Pattern;
  guard: Expr | null;
  body: Stmt[];
}
/** `MatchAs(pattern? pattern, identifier? name)` */
export interface MatchAs extends Loc {
  _type: 'MatchAs';
  pattern: Pattern | null;
  name: string | null;
}
/** `MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)` */
export interface MatchClass extends Loc {
  _type: 'MatchClass';
  cls: Expr;
  patterns: Pattern[];
  kwd_attrs: string[];
  kwd_patterns: Pattern[];
}
/** `MatchMapping(expr* keys, pattern* patterns, identifier? rest)` */
export interface MatchMapping extends Loc {
  _type: 'MatchMapping';
  keys: Expr[];
  patterns: Pattern[];
  rest: string | null;
}
/** `MatchOr(pattern* patterns)` */
export interface MatchOr extends Loc {
  _type: 'MatchOr';
  patterns: Pattern[];
}
/** `MatchSequence(pattern* patterns)` */
export interface MatchSequence extends Loc {
  _type: 'MatchSequence';
  patterns: Pattern[];
}
/** `MatchSingleton(constant value)` */
export interface MatchSingleton extends Loc {
  _type: 'MatchSingleton';
  value: ConstantValue;
}
/** `MatchStar(identifier? name)` */
export interface MatchStar extends Loc {
  _type: 'MatchStar';
  name: string | null;
}
/** `MatchValue(expr value)` */
export interface MatchValue extends Loc {
  _type: 'MatchValue';
  value: Expr;
}
/** Any node of the `pattern` sum. */
export type Pattern =
  | MatchAs
  | MatchClass
  | MatchMapping
  | MatchOr
  | MatchSequence
  | MatchSingleton
  | MatchStar
  | MatchValue;
/** `TypeIgnore(int lineno, string tag)` */
export interface TypeIgnore {
  _type: 'TypeIgnore';
  lineno: number;
  tag: string;
}
/** Any node of the `type_ignore` sum. */

/** Any node of the tree. */
export type Node =
  | Mod
  | Stmt
  | Expr
  | ExprContext
  | BoolOpKind
  | Operator
  | UnaryOpKind
  | CmpOp
  | Comprehension
  | ExceptHandler
  | Arguments
  | Arg
  | Keyword
  | Alias
  | WithItem
  | MatchCase
  | Pattern
  | TypeIgnore;

/** Field names of each node class, in ASDL order (what `ast.X._fields` gives). */
export const FIELDS: Readonly<Record<string, readonly string[]>> = {
  Expression: ['body'],
  FunctionType: ['argtypes', 'returns'],
  Interactive: ['body'],
  Module: ['body', 'type_ignores'],
  AnnAssign: ['target', 'annotation', 'value', 'simple'],
  Assert: ['test', 'msg'],
  Assign: ['targets', 'value', 'type_comment'],
  AsyncFor: ['target', 'iter', 'body', 'orelse', 'type_comment'],
  AsyncFunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'],
  AsyncWith: ['items', 'body', 'type_comment'],
  AugAssign: ['target', 'op', 'value'],
  Break: [],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list'],
  Continue: [],
  Delete: ['targets'],
  Expr: ['value'],
  For: ['target', 'iter', 'body', 'orelse', 'type_comment'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'],
  Global: ['names'],
  If: ['test', 'body', 'orelse'],
  Import: ['names'],
  ImportFrom: ['module', 'names', 'level'],
  Match: ['subject', 'cases'],
  Nonlocal: ['names'],
  Pass: [],
  Raise: ['exc', 'cause'],
  Return: ['value'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'],
  TryStar: ['body', 'handlers', 'orelse', 'finalbody'],
  While: ['test', 'body', 'orelse'],
  With: ['items', 'body', 'type_comment'],
  Attribute: ['value', 'attr', 'ctx'],
  Await: ['value'],
  BinOp: ['left', 'op', 'right'],
  BoolOp: ['op', 'values'],
  Call: ['func', 'args', 'keywords'],
  Compare: ['left', 'ops', 'comparators'],
  Constant: ['value', 'kind'],
  Dict: ['keys', 'values'],
  DictComp: ['key', 'value', 'generators'],
  FormattedValue: ['value', 'conversion', 'format_spec'],
  GeneratorExp: ['elt', 'generators'],
  IfExp: ['test', 'body', 'orelse'],
  JoinedStr: ['values'],
  Lambda: ['args', 'body'],
  List: ['elts', 'ctx'],
  ListComp: ['elt', 'generators'],
  Name: ['id', 'ctx'],
  NamedExpr: ['target', 'value'],
  Set: ['elts'],
  SetComp: ['elt', 'generators'],
  Slice: ['lower', 'upper', 'step'],
  Starred: ['value', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'],
  Tuple: ['elts', 'ctx'],
  UnaryOp: ['op', 'operand'],
  Yield: ['value'],
  YieldFrom: ['value'],
  Del: [],
  Load: [],
  Store: [],
  And: [],
  Or: [],
  Add: [],
  BitAnd: [],
  BitOr: [],
  BitXor: [],
  Div: [],
  FloorDiv: [],
  LShift: [],
  MatMult: [],
  Mod: [],
  Mult: [],
  Pow: [],
  RShift: [],
  Sub: [],
  Invert: [],
  Not: [],
  UAdd: [],
  USub: [],
  Eq: [],
  Gt: [],
  GtE: [],
  In: [],
  Is: [],
  IsNot: [],
  Lt: [],
  LtE: [],
  NotEq: [],
  NotIn: [],
  comprehension: ['target', 'iter', 'ifs', 'is_async'],
  ExceptHandler: ['type', 'name', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'],
  arg: ['arg', 'annotation', 'type_comment'],
  keyword: ['arg', 'value'],
  alias: ['name', 'asname'],
  withitem: ['context_expr', 'optional_vars'],
  match_case: ['pattern', 'guard', 'body'],
  MatchAs: ['pattern', 'name'],
  MatchClass: ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns'],
  MatchMapping: ['keys', 'patterns', 'rest'],
  MatchOr: ['patterns'],
  MatchSequence: ['patterns'],
  MatchSingleton: ['value'],
  MatchStar: ['name'],
  MatchValue: ['value'],
  TypeIgnore: ['lineno', 'tag'],
};

/** The optional (`?`) fields of each class, omitted by ast.dump() when None. */
export const OPTIONAL: Readonly<Record<string, readonly string[]>> = {
  AnnAssign: ['value'],
  Assert: ['msg'],
  Assign: ['type_comment'],
  AsyncFor: ['type_comment'],
  AsyncFunctionDef: ['returns', 'type_comment'],
  AsyncWith: ['type_comment'],
  For: ['type_comment'],
  FunctionDef: ['returns', 'type_comment'],
  ImportFrom: ['module', 'level'],
  Raise: ['exc', 'cause'],
  Return: ['value'],
  With: ['type_comment'],
  Constant: ['kind'],
  FormattedValue: ['format_spec'],
  Slice: ['lower', 'upper', 'step'],
  Yield: ['value'],
  ExceptHandler: ['type', 'name'],
  arguments: ['vararg', 'kwarg'],
  arg: ['annotation', 'type_comment'],
  keyword: ['arg'],
  alias: ['asname'],
  withitem: ['optional_vars'],
  match_case: ['guard'],
  MatchAs: ['pattern', 'name'],
  MatchMapping: ['rest'],
  MatchStar: ['name'],
};

/** Classes that carry lineno/col_offset/end_lineno/end_col_offset. */
export const HAS_LOC: ReadonlySet<string> = new Set([
  'AnnAssign',
  'Assert',
  'Assign',
  'AsyncFor',
  'AsyncFunctionDef',
  'AsyncWith',
  'AugAssign',
  'Break',
  'ClassDef',
  'Continue',
  'Delete',
  'Expr',
  'For',
  'FunctionDef',
  'Global',
  'If',
  'Import',
  'ImportFrom',
  'Match',
  'Nonlocal',
  'Pass',
  'Raise',
  'Return',
  'Try',
  'TryStar',
  'While',
  'With',
  'Attribute',
  'Await',
  'BinOp',
  'BoolOp',
  'Call',
  'Compare',
  'Constant',
  'Dict',
  'DictComp',
  'FormattedValue',
  'GeneratorExp',
  'IfExp',
  'JoinedStr',
  'Lambda',
  'List',
  'ListComp',
  'Name',
  'NamedExpr',
  'Set',
  'SetComp',
  'Slice',
  'Starred',
  'Subscript',
  'Tuple',
  'UnaryOp',
  'Yield',
  'YieldFrom',
  'ExceptHandler',
  'arg',
  'keyword',
  'alias',
  'MatchAs',
  'MatchClass',
  'MatchMapping',
  'MatchOr',
  'MatchSequence',
  'MatchSingleton',
  'MatchStar',
  'MatchValue',
]);
