// The compiler: `ast`-shaped trees to JS source, one CodeUnit per scope.
export {
  CO_ASYNC_GENERATOR,
  CO_COROUTINE,
  CO_GENERATOR,
  CO_GENERATOR_KINDS,
  CO_ITERABLE_COROUTINE,
  CO_VARARGS,
  CO_VARKEYWORDS,
  type CodeUnit,
} from './codeunit.js';
export { CompileError, compileModule, jsName } from './compiler.js';
export { AllocModel } from './cpyalloc.js';
export { type CodeConst, type CodeTables, cpythonCodeTables, unitNode } from './cpytables.js';
export { type CompileStart, CPYTHON_COMPILE_START, cpythonCompileAllocs } from './cpywalk.js';
export { constKey } from './emitter.js';
export { localsplusNames } from './genframe.js';
export type { ConstantValue, Node } from './node.js';
export { buildSymtable, Scope, ScopeError } from './symtable.js';
