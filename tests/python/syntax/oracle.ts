// Asks python3 (CPython 3.11, the oracle) what ast.parse makes of many snippets, in one process.

import { spawnSync } from 'node:child_process';

/** What python3 says of one snippet: the ast.dump text, or the SyntaxError's class, msg, line, offset. */
export type OracleResult =
  | { ok: true; dump: string }
  | { ok: false; kind: string; msg: string; lineno: number; offset: number };

const SCRIPT = `
import ast, json, sys, warnings
warnings.simplefilter('ignore')
out = []
for src in json.load(sys.stdin):
    try:
        out.append({'ok': True, 'dump': ast.dump(ast.parse(src), include_attributes=True)})
    except SyntaxError as e:
        out.append({'ok': False, 'kind': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset})
json.dump(out, sys.stdout)
`;

/** Runs ast.parse over every source in one python3 process. */
export function askPython(sources: string[]): OracleResult[] {
  const r = spawnSync('python3', ['-c', SCRIPT], {
    input: JSON.stringify(sources),
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as OracleResult[];
}

/** Reads a corpus file: snippets separated by lines holding only '%%'. */
export function splitCorpus(text: string): string[] {
  return text.split('\n%%\n').map((s) => (s.endsWith('\n') ? s : `${s}\n`));
}
