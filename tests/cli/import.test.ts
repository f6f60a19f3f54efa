// `pymm run` imports modules and packages from the script's directory, as python3 does.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const pymm = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'cli', 'main.cjs');
const hasPython = spawnSync('python3', ['-c', 'pass']).status === 0;

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pymm-import-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const FILES = {
  'main.py': [
    'import sys, pkg, pkg.sub as s',
    'from pkg import helper',
    'print(pkg.__name__, pkg.__package__, s.VALUE, helper.twice(4), "pkg.sub" in sys.modules)',
    'print(repr(s).startswith("<module \'pkg.sub\' from "), __name__)',
    'for name in ["nosuch", "pkg.nosuch", "pkg.sub.x"]:',
    '    try:',
    '        __import__(name)',
    '    except ImportError as e:',
    '        print(type(e).__name__, e, e.name)',
    'try:',
    '    from pkg import missing',
    'except ImportError as e:',
    '    print(str(e).split(" (")[0], e.name)',
    'import boom',
  ].join('\n'),
  'pkg/__init__.py': 'from . import sub\n',
  'pkg/sub.py': 'VALUE = 42\nif __name__ == "__main__":\n    print("never")\n',
  'pkg/helper.py': 'from .sub import VALUE\ndef twice(x):\n    return 2 * x\n',
  'boom.py': 'x = 1\nraise ValueError("boom")\n',
};

test('imports print what python3 prints', { skip: !hasPython }, () => {
  const dir = tree(FILES);
  const want = spawnSync('python3', [join(dir, 'main.py')], { encoding: 'utf8' });
  const got = spawnSync('node', [pymm, 'run', join(dir, 'main.py')], { encoding: 'utf8' });
  assert.equal(got.stdout, want.stdout);
  assert.equal(got.stderr, want.stderr);
  assert.equal(got.status, want.status);
});
