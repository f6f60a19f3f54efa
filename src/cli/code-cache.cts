// V8 code caches for the scripts the CLI loads: the worker bundle and the frozen modules.
//
// A script is compiled with node:vm and the code cache kept next to it (FILE.cache), so that
// V8 neither parses it nor compiles again the functions that ran when the cache was made, as
// CPython keeps .pyc files in __pycache__. A cache is written (at the end of the run, by
// writeCodeCaches) when it was missing or V8 rejected it (another Node version); where the
// directory is read-only it simply is not. `npm run build` makes the caches of a fresh build.
//
// A cache file starts with a 16-byte stamp of the script it was made from (two float64s: its
// size and mtime), since V8 itself checks only the source's length:
//
//   +0  ┌──────────────────────────────┐
//       │ size of the script (bytes)   │
//   +8  ├──────────────────────────────┤
//       │ mtimeMs of the script        │
//  +16  ╞══════════════════════════════╡
//       │ V8's cached data …           │
//       └──────────────────────────────┘

import { isAscii } from 'node:buffer';
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';

const STAMP_BYTES = 16;

/** A script whose cache is to be (re)written at the end of the run. */
interface PendingCache {
  script: Script;
  cacheFile: string;
  stamp: Buffer;
}

const pending: PendingCache[] = [];

/** The stamp of `file` as it is now. */
function stampOf(file: string): Buffer {
  const st = statSync(file);
  const b = Buffer.alloc(STAMP_BYTES);
  b.writeDoubleLE(st.size, 0);
  b.writeDoubleLE(st.mtimeMs, 8);
  return b;
}

/**
 * Compiles and runs the script in `file` (ASCII or UTF-8 text) through its code cache and
 * returns the script's completion value (the worker bundle's is its CommonJS wrapper).
 */
export function runCachedScript(file: string): unknown {
  const stamp = stampOf(file);
  const source = readText(file);
  const cacheFile = `${file}.cache`;
  let cachedData: Buffer | undefined;
  try {
    const cache = readFileSync(cacheFile);
    if (cache.length > STAMP_BYTES && cache.subarray(0, STAMP_BYTES).equals(stamp))
      cachedData = cache.subarray(STAMP_BYTES);
  } catch {
    // no cache yet
  }
  const script = new Script(source, { filename: file, cachedData });
  if (cachedData === undefined || script.cachedDataRejected === true)
    pending.push({ script, cacheFile, stamp });
  return script.runInThisContext();
}

// The text of `file`: an ASCII file (the bundle always is) is read as latin-1, which copies
// its bytes into a one-byte string, about half the time of UTF-8's decoding (3.4 MB: ~4 ms).
function readText(file: string): string {
  const bytes = readFileSync(file);
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/** Writes the caches of the scripts run without a valid one (best effort, atomically). */
export function writeCodeCaches(): void {
  for (const { script, cacheFile, stamp } of pending.splice(0)) {
    const tmp = `${cacheFile}.${process.pid}-${threadId}.tmp`;
    try {
      writeFileSync(tmp, Buffer.concat([stamp, script.createCachedData()]));
      renameSync(tmp, cacheFile);
    } catch {
      try {
        unlinkSync(tmp);
      } catch {
        // a read-only directory: nothing was written
      }
    }
  }
}
