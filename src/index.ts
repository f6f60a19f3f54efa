// pymm's public library API.

export * from './gc/index.js';
export * from './heap/index.js';
export { ObjectSpace, type SpaceOptions } from './objects/index.js';
export {
  createInterpreter,
  type Interpreter,
  type InterpreterOptions,
  type ModuleLoader,
  type ModuleSource,
  PySyntaxError,
  parse,
  runMain,
  TimeoutExpired,
} from './python/index.js';
