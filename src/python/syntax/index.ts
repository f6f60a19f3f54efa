// Public surface of the syntax layer: parse(), dump(), the node types and the error class.

export type * from './ast.js';
export { type DumpOptions, dump } from './dump.js';
export { PySyntaxError, type SyntaxErrorKind } from './errors.js';
export { type ParseMode, parse } from './parser.js';
