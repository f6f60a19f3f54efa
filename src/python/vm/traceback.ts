// Printing exceptions as CPython does: tracebacks (with chained causes and contexts),
// SyntaxErrors with their caret line, and "Exception ignored in" for unraisable errors.

import { NULL, type Ptr } from '../../heap/index.js';
import { EXC } from './exceptions.js';
import { FRAME, TB } from './frames.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    formatException(exc: Ptr): string;
    formatSyntaxError(kind: string, msg: string, filename: string, lineno: number, offset: number, endOffset: number, text: string | null): string;
  }
}

const I = Interpreter.prototype;

I.formatException = function (this: Interpreter, exc: Ptr): string {
  const seen = new Set<number>();
  const chain = (e: Ptr): string => {
    seen.add(e);
    let out = '';
    const cause = this.exc.get(e, EXC.cause);
    const context = this.exc.get(e, EXC.context);
    const suppress = this.space.rt.mem.u8[e + EXC.suppress] !== 0;
    if (cause !== NULL && !seen.has(cause)) {
      out += `${chain(cause)}\nThe above exception was the direct cause of the following exception:\n\n`;
    } else if (context !== NULL && !suppress && !seen.has(context)) {
      out += `${chain(context)}\nDuring handling of the above exception, another exception occurred:\n\n`;
    }
    return out + this.formatOne(e);
  };
  return chain(exc);
};

declare module './interp.js' {
  interface Interpreter {
    formatOne(exc: Ptr): string;
    exceptionLine(exc: Ptr): string;
  }
}

I.formatOne = function (this: Interpreter, exc: Ptr): string {
  const rt = this.space.rt;
  let out = '';
  let tb = this.exc.get(exc, EXC.traceback);
  if (tb !== NULL) out += 'Traceback (most recent call last):\n';
  let lastKey = '';
  let repeats = 0;
  const flushRepeats = () => {
    if (repeats > 3) out += `  [Previous line repeated ${repeats - 3} more time${repeats - 3 === 1 ? '' : 's'}]\n`;
    repeats = 0;
  };
  while (tb !== NULL) {
    const frame = rt.mem.u32[(tb + TB.frame) >>> 2] as Ptr;
    const line = rt.mem.i32[(tb + TB.lineno) >>> 2];
    const code = this.codeOf(rt.mem.u32[(frame + FRAME.code) >>> 2] as Ptr);
    const key = `${code.unit.filename}:${line}:${code.unit.name}`;
    if (key === lastKey) {
      repeats++;
      if (repeats > 3) {
        tb = rt.mem.u32[(tb + TB.next) >>> 2] as Ptr;
        continue;
      }
    } else {
      flushRepeats();
      lastKey = key;
      repeats = 1;
    }
    out += `  File "${code.unit.filename}", line ${line}, in ${code.unit.name}\n`;
    const src = this.sources.get(code.unit.filename)?.[line - 1];
    if (src !== undefined && src.trim() !== '') out += `    ${src.trim()}\n`;
    tb = rt.mem.u32[(tb + TB.next) >>> 2] as Ptr;
  }
  flushRepeats();
  return `${out}${this.exceptionLine(exc)}\n`;
};

I.exceptionLine = function (this: Interpreter, exc: Ptr): string {
  const type = this.space.rt.typeObject(exc);
  let name = this.typeName(type);
  if (this.classes.has(type)) {
    const mod = this.typeLookupOwn(type, '__module__');
    const q = this.space.rt.mem.u32[(type + 80) >>> 2] as Ptr;
    name = q === NULL ? name : this.n.jsStr(q);
    if (mod !== null && mod !== '__main__' && mod !== 'builtins') name = `${mod}.${name}`;
  }
  let text: string;
  try {
    text = this.strOf(exc);
  } catch {
    text = '<exception str() failed>';
  }
  return text === '' ? name : `${name}: ${text}`;
};

I.formatSyntaxError = function (this: Interpreter, kind, msg, filename, lineno, offset, endOffset, text): string {
  let out = `  File "${filename}", line ${lineno}\n`;
  if (text !== null && text !== '') {
    const raw = text.replace(/\n$/, '');
    const stripped = raw.replace(/^[ \t\f]+/, '');
    const cut = raw.length - stripped.length;
    out += `    ${stripped.replace(/\s+$/, '')}\n`;
    if (offset > 0) {
      const start = Math.max(0, offset - 1 - cut);
      const end = endOffset > offset && endOffset - 1 - cut <= stripped.length + 1 ? endOffset - 1 - cut : start + 1;
      out += `    ${' '.repeat(start)}${'^'.repeat(Math.max(1, end - start))}\n`;
    }
  }
  return `${out}${kind}: ${msg}\n`;
};

/** Reports an error nobody can catch (a __del__ or callback that raised). */
I.writeUnraisable = function (this: Interpreter, error: unknown, obj: Ptr): void {
  const exc = this.toException(error);
  try {
    let where = '';
    try {
      where = obj === NULL ? '' : ` ${this.reprOf(obj)}`;
    } catch {
      where = '';
    }
    this.io.stderr(`Exception ignored in:${where}\n${this.formatException(exc)}`);
  } finally {
    this.decref(exc);
  }
};
