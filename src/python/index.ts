// The Python layer (L3): parse, compile and run programs on the object space.
export { compileModule } from './compiler/index.js';
export { PySyntaxError, parse } from './syntax/index.js';
export type { ModuleLoader, ModuleSource } from './vm/file-modules.js';
export {
  type FrozenModule,
  type FrozenUnit,
  frozenMisses,
  observeFrozenSources,
  registerFrozenModules,
  sourceHash,
} from './vm/frozen.js';
export { ExitProgram, Interpreter, type InterpreterIO, TimeoutExpired } from './vm/interp.js';
export { createInterpreter, type InterpreterOptions, runMain } from './vm/setup.js';
