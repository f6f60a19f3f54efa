// Python exceptions raised by the object layer, before they become exception objects.
//
// The object layer reports errors the way CPython's C code calls PyErr_SetString: with the
// name of a built-in exception class and a message. The interpreter turns a PyErr into a
// real exception object when Python code can see it (CPython's lazy normalisation).

import { HeapExhausted } from '../heap/index.js';

/** A Python exception raised from the object layer: `raise <excType>(message)`. */
export class PyErr extends Error {
  /** Name of the built-in exception class (`TypeError`, `KeyError`, …). */
  readonly excType: string;
  /** The exception object, once the interpreter has made one (0 until then). */
  value = 0;
  constructor(excType: string, message: string) {
    // A Python error is ordinary control flow (hasattr, StopIteration, KeyError …): no JS
    // stack trace is captured, which would cost more than the rest of the raise. Set
    // PYMM_JS_STACKS=1 to get them back when debugging pymm itself.
    const limit = V8Error.stackTraceLimit;
    if (!keepJsStacks) V8Error.stackTraceLimit = 0;
    super(message);
    V8Error.stackTraceLimit = limit;
    this.name = excType;
    this.excType = excType;
  }
}

/** True when PYMM_JS_STACKS=1 is set: Python errors carry JS stack traces (for debugging pymm). */
export const keepJsStacks =
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.PYMM_JS_STACKS ===
  '1';

/** V8's Error, with the stack depth it captures (stackTraceLimit). */
export const V8Error = Error as ErrorConstructor & { stackTraceLimit: number };

/** Raises `excType(message)`. */
export function raise(excType: string, message: string): never {
  throw new PyErr(excType, message);
}

/** True for errors that are Python's MemoryError: heap exhaustion or a MemoryError PyErr. */
export function isMemoryError(error: unknown): boolean {
  return error instanceof HeapExhausted || (error instanceof PyErr && error.excType === 'MemoryError');
}

/**
 * Raises KeyError(key): the key object itself becomes the exception's argument. The error
 * borrows the key: the interpreter makes the exception object before it releases the
 * arguments and temporaries that keep the key alive (calls.ts, the except clause).
 */
export function raiseKeyError(key: number, text: string): never {
  throw Object.assign(new PyErr('KeyError', text), { argObj: key });
}
