// pymm's public library API.

export * from './gc/index.js';
export * from './heap/index.js';
export { ObjectSpace, type SpaceOptions } from './objects/index.js';
export {
  createInterpreter,
  type FrozenModule,
  type FrozenUnit,
  type Interpreter,
  type InterpreterOptions,
  type ModuleLoader,
  type ModuleSource,
  PySyntaxError,
  parse,
  registerFrozenModules,
  runMain,
  TimeoutExpired,
} from './python/index.js';
