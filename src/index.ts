// pymm's public library API.
export * from './heap/index.js';
export * from './gc/index.js';
export { ObjectSpace, type SpaceOptions } from './objects/index.js';
export { createInterpreter, type InterpreterOptions, type Interpreter, runMain, parse, PySyntaxError, TimeoutExpired } from './python/index.js';
