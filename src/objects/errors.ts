// Python exceptions raised by the object layer, before they become exception objects.
//
// The object layer reports errors the way CPython's C code calls PyErr_SetString: with the
// name of a built-in exception class and a message. The interpreter turns a PyErr into a
// real exception object when Python code can see it (CPython's lazy normalisation).

import { HeapExhausted } from '../heap/index.js';

/**
 * What carries a Python exception through JS frames (PyErr here, the interpreter's
 * PyException). Not an Error: V8 spends about a microsecond making an Error even with no
 * stack to capture, and a Python raise is ordinary control flow (hasattr, StopIteration,
 * KeyError …). With PYMM_JS_STACKS=1 it records the JS stack, for debugging pymm itself.
 */
export class PyThrowable {
  /** The error's kind, as an Error's name. */
  name: string;
  /** The message, as an Error's. */
  message: string;
  /** The JS stack where it was made (PYMM_JS_STACKS=1 only). */
  stack?: string;
  constructor(name: string, message: string) {
    this.name = name;
    this.message = message;
    if (keepJsStacks) this.stack = new V8Error(message).stack;
  }

  /** `NAME: message`, as an Error prints. */
  toString(): string {
    return `${this.name}: ${this.message}`;
  }
}

/** A Python exception raised from the object layer: `raise <excType>(message)`. */
export class PyErr extends PyThrowable {
  /** Name of the built-in exception class (`TypeError`, `KeyError`, …). */
  readonly excType: string;
  /** The exception object, once the interpreter has made one (0 until then). */
  value = 0;
  constructor(excType: string, message: string) {
    super(excType, message);
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
 * Raises `excType(errno, strerror)`, as C code that reports errno (float pow's ERANGE):
 * the exception's args are the two values, so str() is the tuple's repr.
 */
export function raiseErrno(excType: string, errno: number, strerror: string): never {
  throw Object.assign(new PyErr(excType, `(${errno}, '${strerror}')`), { errno, strerror });
}

/**
 * Raises KeyError(key): the key object itself becomes the exception's argument. The error
 * borrows the key: the interpreter makes the exception object before it releases the
 * arguments and temporaries that keep the key alive (calls.ts, the except clause).
 */
export function raiseKeyError(key: number, text: string): never {
  throw Object.assign(new PyErr('KeyError', text), { argObj: key });
}
