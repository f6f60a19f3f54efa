// sys.stdout.buffer, sys.stderr.buffer and sys.stdin.buffer: the binary layer under the
// text streams (BufferedWriter.write of bytes-like objects, BufferedReader.read/readline).

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { DEFAULT_PY_SLOTS, PyErr, pointerHash } from '../../objects/index.js';
import { parseArgs } from './args.js';
import { decodeBytes, encodeText } from './codecs.js';
import type { Interpreter } from './interp.js';

const encoder = { encode: (s: string) => encodeText(s, 'utf-8', 'strict') };
const decoder = { decode: (b: Uint8Array) => decodeBytes(b, 'utf-8', 'replace') };

// A static type named like CPython's, for objects that live as long as the program.
function staticType(interp: Interpreter, name: string): Ptr {
  return interp.space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name,
    basicsize: 24,
    dealloc: () => {},
    hash: (op) => pointerHash(op),
  });
}

// The bytes of a bytes-like argument.
function bytesOf(interp: Interpreter, x: Ptr): Uint8Array {
  if (interp.n.isBytes(x)) return interp.n.bytesValue(x);
  if (O.bytearray_check(interp.space, x)) return O.bytearray_toU8(interp.space, x);
  throw new PyErr('TypeError', `a bytes-like object is required, not '${interp.space.typeName(x)}'`);
}

const FD = 16; // the file descriptor a writer writes to (u32)

/** A BufferedWriter over fd 1 or 2, for sys.stdout.buffer and sys.stderr.buffer (`type`: the type, made once). */
export function newStdoutBuffer(interp: Interpreter, fd: 1 | 2, type: Ptr | null): Ptr {
  const n = interp.n;
  if (type === null) {
    type = staticType(interp, 'BufferedWriter');
    interp.defMethod(type, 'write', (self, a, k) => {
      const [data] = parseArgs(interp, 'write', a, k, ['buffer'], 1);
      const bytes = bytesOf(interp, data);
      const io = interp.io;
      if (interp.space.rt.mem.u32[(self + FD) >>> 2] === 2) {
        if (io.stderrBytes) io.stderrBytes(bytes);
        else io.stderr(decoder.decode(bytes));
      } else if (io.stdoutBytes) io.stdoutBytes(bytes);
      else io.stdout(decoder.decode(bytes));
      return n.int(bytes.length);
    });
    interp.defMethod(type, 'flush', () => {
      interp.io.flush?.();
      return interp.newNone();
    });
  }
  const op = interp.space.newStaticObject(type, 24);
  interp.space.rt.mem.u32[(op + FD) >>> 2] = fd;
  return op;
}

/** sys.stdin.buffer: a BufferedReader of the program's standard input as UTF-8 bytes. */
export function newStdinBuffer(interp: Interpreter): Ptr {
  const n = interp.n;
  const space = interp.space;
  const type = staticType(interp, 'BufferedReader');
  const sizeArg = (name: string, a: Ptr[], k: Ptr[] | null): number => {
    const [size] = parseArgs(interp, name, a, k, ['size'], 0);
    return size === NULL || size === space.none ? -1 : interp.toIndex(size);
  };
  // Sizes count characters of the decoded text (a deviation for non-ASCII input).
  interp.defMethod(type, 'read', (_s, a, k) =>
    n.bytes(encoder.encode(interp.stdinRead(sizeArg('read', a, k)))),
  );
  interp.defMethod(type, 'readline', (_s, a, k) =>
    n.bytes(encoder.encode(interp.stdinReadline(sizeArg('readline', a, k)))),
  );
  interp.defMethod(type, 'readlines', () => {
    const lines: Ptr[] = [];
    for (let line = interp.stdinReadline(-1); line !== ''; line = interp.stdinReadline(-1))
      lines.push(n.bytes(encoder.encode(line)));
    const list = n.list(lines);
    for (const x of lines) interp.decref(x);
    return list;
  });
  interp.nativeIterators.set(type, () => {
    const line = interp.stdinReadline(-1);
    return line === '' ? NULL : n.bytes(encoder.encode(line));
  });
  return space.newStaticObject(type, 24);
}
