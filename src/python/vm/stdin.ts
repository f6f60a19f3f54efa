// The program's standard input: input() and sys.stdin (read, readline, readlines,
// iteration), over text the host hands over in chunks (InterpreterIO.stdin).

import { NULL, type Ptr } from '../../heap/index.js';
import { DEFAULT_PY_SLOTS, PyErr, pointerHash } from '../../objects/index.js';
import { argCount, parseArgs } from './args.js';
import { Interpreter } from './interp.js';
import { newStdinBuffer } from './stdiobuffers.js';

declare module './interp.js' {
  interface Interpreter {
    /** Text of stdin read from the host and not yet consumed (from stdinPos on). */
    stdinBuf: string;
    stdinPos: number;
    /** Whether the host has no more stdin to give. */
    stdinEOF: boolean;
    /** Whether the program closed sys.stdin (reads then raise ValueError). */
    stdinClosed?: boolean;
    /** input()'s line: the next line without its newline, or null at end of file. */
    readLine(): string | null;
    /** readline(size): the next line with its newline ('' at end of file), at most `size` characters if size ≥ 0. */
    stdinReadline(size: number): string;
    /** read(size): up to `size` characters (all that is left if size < 0). */
    stdinRead(size: number): string;
  }
}

const I = Interpreter.prototype;

/** Sets where stdin comes from: fixed lines (an embedder's), else the host's io.stdin. */
export function initStdin(interp: Interpreter, lines: string[] | undefined): void {
  interp.stdinBuf = lines === undefined ? '' : lines.map((l) => `${l}\n`).join('');
  interp.stdinPos = 0;
  interp.stdinEOF = lines !== undefined || interp.io.stdin === undefined;
}

// One more chunk from the host into the buffer; false at end of file.
function pull(interp: Interpreter): boolean {
  if (interp.stdinEOF) return false;
  const chunk = interp.io.stdin?.() ?? null;
  if (chunk === null) {
    interp.stdinEOF = true;
    return false;
  }
  interp.stdinBuf = interp.stdinBuf.slice(interp.stdinPos) + chunk;
  interp.stdinPos = 0;
  return true;
}

I.stdinReadline = function (this: Interpreter, size: number): string {
  if (this.stdinClosed) throw new PyErr('ValueError', 'I/O operation on closed file.');
  for (;;) {
    const nl = this.stdinBuf.indexOf('\n', this.stdinPos);
    const have = this.stdinBuf.length - this.stdinPos;
    if (size >= 0 && have >= size && (nl < 0 || nl - this.stdinPos >= size)) return take(this, size);
    if (nl >= 0) return take(this, nl + 1 - this.stdinPos);
    if (!pull(this)) return take(this, have);
  }
};

I.stdinRead = function (this: Interpreter, size: number): string {
  if (this.stdinClosed) throw new PyErr('ValueError', 'I/O operation on closed file.');
  while (size < 0 || this.stdinBuf.length - this.stdinPos < size) if (!pull(this)) break;
  const have = this.stdinBuf.length - this.stdinPos;
  return take(this, size < 0 ? have : Math.min(size, have));
};

I.readLine = function (this: Interpreter): string | null {
  const line = this.stdinReadline(-1);
  if (line === '') return null;
  return line.endsWith('\n') ? line.slice(0, -1) : line;
};

// The next `count` characters of the buffer, consumed.
function take(interp: Interpreter, count: number): string {
  const s = interp.stdinBuf.slice(interp.stdinPos, interp.stdinPos + count);
  interp.stdinPos += count;
  if (interp.stdinPos === interp.stdinBuf.length) {
    interp.stdinBuf = '';
    interp.stdinPos = 0;
  }
  return s;
}

/** sys.stdin: a TextIOWrapper-named object over the program's standard input. */
export function newStdinObject(interp: Interpreter): Ptr {
  const n = interp.n;
  const space = interp.space;
  const type = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: '_io.TextIOWrapper',
    basicsize: 24,
    dealloc: () => {},
    hash: (op) => pointerHash(op),
  });
  const sizeArg = (name: string, a: Ptr[], k: Ptr[] | null): number => {
    const [size] = parseArgs(interp, name, a, k, ['size'], 0);
    return size === 0 || size === space.none ? -1 : interp.toIndex(size);
  };
  interp.defMethod(type, 'read', (_s, a, k) => n.str(interp.stdinRead(sizeArg('read', a, k))));
  interp.defMethod(type, 'readline', (_s, a, k) => n.str(interp.stdinReadline(sizeArg('readline', a, k))));
  interp.defMethod(type, 'readlines', (_s, a, k) => {
    const hint = sizeArg('readlines', a, k);
    const lines: Ptr[] = [];
    let total = 0;
    for (;;) {
      const line = interp.stdinReadline(-1);
      if (line === '') break;
      lines.push(n.str(line));
      total += line.length;
      if (hint > 0 && total >= hint) break;
    }
    const list = n.list(lines);
    for (const x of lines) interp.decref(x);
    return list;
  });
  const constant = (name: string, value: () => Ptr) =>
    interp.defMethod(type, name, (_s, a, k) => {
      argCount(name, a, k, 0, 0);
      return value();
    });
  constant('fileno', () => n.int(0));
  constant('isatty', () => interp.ref(space.false));
  constant('readable', () => interp.ref(space.true));
  constant('writable', () => interp.ref(space.false));
  constant('close', () => {
    interp.stdinClosed = true;
    return interp.newNone();
  });
  interp.nativeIterators.set(type, () => {
    const line = interp.stdinReadline(-1);
    return line === '' ? NULL : n.str(line);
  });
  const buffer = newStdinBuffer(interp);
  interp.nativeGetters.set(
    type,
    new Map([
      ['buffer', () => interp.ref(buffer)],
      ['name', () => n.str('<stdin>')],
      ['encoding', () => n.str('utf-8')],
      ['errors', () => n.str('strict')],
      ['mode', () => n.str('r')],
      ['closed', () => interp.ref(interp.stdinClosed ? space.true : space.false)],
    ]),
  );
  return space.newStaticObject(type, 24);
}
