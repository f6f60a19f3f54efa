// Pyodide as a benchmark anchor: CPython compiled to WebAssembly, loaded from node_modules
// (the npm package ships its .wasm and standard library, so nothing is downloaded).

import { lastLine } from './harness.js';

/** A loaded Pyodide that runs one program at a time with its stdout captured. */
export interface PyodideAnchor {
  /** The npm package's version. */
  version: string;
  /** sys.version's first word inside Pyodide (its CPython version). */
  python: string;
  /** Wall time of loadPyodide, in seconds. */
  loadSeconds: number;
  /** Runs `source` as __main__ with sys.argv = [path, ...args]; seconds around runPython. */
  run(path: string, source: string, args: string[]): { seconds: number; stdout: string; error?: string };
}

/** Loads Pyodide from `indexURL` (the package's directory) and wraps it as an anchor. */
export async function loadPyodideAnchor(indexURL: string): Promise<PyodideAnchor> {
  const { loadPyodide, version } = await import('pyodide');
  const decoder = new TextDecoder();
  let out = '';
  let err = '';
  const t0 = process.hrtime.bigint();
  const py = await loadPyodide({
    indexURL: indexURL.endsWith('/') ? indexURL : `${indexURL}/`,
    stdout: (line: string) => {
      out += `${line}\n`;
    },
    stderr: (line: string) => {
      err += `${line}\n`;
    },
  });
  const loadSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  // Raw writes keep the program's own line breaks (the line-batched default would not).
  py.setStdout({
    write: (buf: Uint8Array) => {
      out += decoder.decode(buf, { stream: true });
      return buf.length;
    },
  });
  const python = String(py.runPython('import sys; sys.version.split()[0]'));
  return {
    version,
    python,
    loadSeconds,
    run(path, source, args) {
      out = '';
      err = '';
      py.runPython(`import sys; sys.argv = ${JSON.stringify([path, ...args])}`);
      const globals = py.toPy({ __name__: '__main__', __file__: path });
      const t = process.hrtime.bigint();
      let error: string | undefined;
      try {
        py.runPython(source, { globals, filename: path });
      } catch (e) {
        error = `pyodide: ${lastLine((e as Error).message) || String(e)}`;
      }
      const seconds = Number(process.hrtime.bigint() - t) / 1e9;
      py.runPython('import sys; sys.stdout.flush()');
      globals.destroy();
      if (!error && err !== '') error = `pyodide wrote to stderr: ${lastLine(err)}`;
      return error ? { seconds, stdout: out, error } : { seconds, stdout: out };
    },
  };
}
