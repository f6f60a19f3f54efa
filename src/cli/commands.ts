// The pymm commands other than `run` and `-c` (main.ts starts those before loading this):
// help, --version, heap-demo, and `run --help`.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseSize } from './size.js';

const HELP = `usage: pymm <command> [options]

CPython 3.11's memory manager rebuilt in TypeScript over one ArrayBuffer heap.

commands:
  run FILE.py      run a Python program on a pymm heap (see pymm run --help)
  -c CODE          run Python code given on the command line
  heap-demo        allocate and free an object-like workload on a fresh heap and print
                   the allocator statistics in sys._debugmallocstats()'s format
  help             show this help

options:
  --heap-size=SIZE heap capacity, e.g. 64M, 1G (default 1G, at most 4G)
  --count=N        heap-demo: blocks to allocate (default 200000)
  --seed=N         heap-demo: random seed (default 1)
  --json           print statistics as JSON
  -h, --help       show this help
  -V, --version    print the version
`;

/** Reports a usage error the way argparse does and exits with status 2. */
function usageError(message: string): never {
  process.stderr.write(`usage: pymm <command> [options]\npymm: error: ${message}\n`);
  process.exit(2);
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
  return `pymm ${pkg.version} (CPython 3.11 memory model)`;
}

/** Runs the command line `argv` (without node and the script). */
export async function main(argv: string[]): Promise<void> {
  if (argv[0] === 'run' || argv[0] === '-c') {
    const { RUN_HELP } = await import('./run.js');
    process.stdout.write(`${RUN_HELP}\n`);
    return;
  }
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    usageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`${version()}\n`);
    return;
  }
  const command = positionals[0];
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (command !== 'heap-demo') usageError(`unknown command '${command}' (see pymm --help)`);
  if (positionals.length > 1) usageError(`unexpected argument '${positionals[1]}'`);
  let heapSize: number;
  try {
    heapSize = parseSize(values['heap-size'] ?? '1G');
  } catch (e) {
    usageError((e as Error).message);
  }
  if (heapSize < 1 << 20 || heapSize > 4 * 1024 ** 3) usageError('--heap-size must be between 1M and 4G');
  const count = Number(values.count ?? '200000');
  const seed = Number(values.seed ?? '1');
  if (!Number.isInteger(count) || count < 0) usageError(`--count must be a non-negative integer`);
  if (!Number.isInteger(seed)) usageError(`--seed must be an integer`);
  const { heapDemo } = await import('./heap-demo.js');
  process.stdout.write(heapDemo({ heapSize, count, seed, json: values.json ?? false }));
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'heap-size': { type: 'string' },
      count: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'V' },
    },
  });
}
