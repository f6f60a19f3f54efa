// The program's standard input for input() and sys.stdin: fd 0 read synchronously, in chunks.

import { readSync } from 'node:fs';

const CHUNK = 1 << 16;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * A reader of fd 0 that returns the next chunk of text (UTF-8 decoded across chunk
 * boundaries), or null at end of file; no stdin (closed, unreadable) is end of file.
 */
export function stdinReader(): () => string | null {
  const decoder = new TextDecoder('utf-8');
  const buf = Buffer.alloc(CHUNK);
  let done = false;
  return () => {
    while (!done) {
      let got: number;
      try {
        got = readSync(0, buf, 0, CHUNK, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          Atomics.wait(pause, 0, 0, 5); // a non-blocking pipe with nothing yet: wait and retry
          continue;
        }
        if (code === 'EOF') got = 0;
        else got = 0; // EBADF, EISDIR, …: nothing to read
      }
      if (got === 0) {
        done = true;
        const tail = decoder.decode();
        return tail.length > 0 ? tail : null;
      }
      const text = decoder.decode(buf.subarray(0, got), { stream: true });
      if (text.length > 0) return text;
    }
    return null;
  };
}
