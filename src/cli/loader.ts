// The CLI's ModuleLoader: finds `import`ed modules in the directories of sys.path as
// importlib's FileFinder does (package directory with __init__.py, then NAME.py, then a
// namespace package made of directories without __init__.py).

import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ModuleLoader, ModuleSource } from '../index.js';

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function readText(p: string): string | null {
  try {
    if (!statSync(p).isFile()) return null;
    return readFileSync(p, 'utf8');
  } catch {
    return null;
  }
}

/** A ModuleLoader over the file system ('' in sys.path is the current directory). */
export function fileSystemLoader(): ModuleLoader {
  return {
    findSource(name: string, dirs: readonly string[]): ModuleSource | null {
      const portions: string[] = [];
      for (const entry of dirs) {
        const dir = resolve(entry === '' ? '.' : entry);
        const pkgDir = join(dir, name);
        if (isDir(pkgDir)) {
          const init = join(pkgDir, '__init__.py');
          const text = readText(init);
          if (text !== null) return { filename: init, source: text, path: [pkgDir] };
        }
        const file = join(dir, `${name}.py`);
        const text = readText(file);
        if (text !== null) return { filename: file, source: text, path: null };
        if (isDir(pkgDir)) portions.push(pkgDir);
      }
      return portions.length > 0 ? { filename: null, source: '', path: portions } : null;
    },
  };
}
