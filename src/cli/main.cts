#!/usr/bin/env node
// The pymm command line, a CommonJS file (Node starts one some 6 ms faster than an ES
// module). `run FILE` and `-c CODE` start the interpreter's worker thread (launch.cts)
// before anything else is loaded, since start-up is most of a short run; the other
// commands, and `run --help`, are in commands.ts.

import { launch } from './launch.cjs';

const argv = process.argv.slice(2);
const rest = argv[0] === 'run' ? argv.slice(1) : argv;
if ((argv[0] === 'run' || argv[0] === '-c') && rest[0] !== '--help' && rest[0] !== '-h') {
  launch(rest);
} else {
  import('./commands.js')
    .then(({ main }) => main(argv))
    .catch((e) => {
      // No JS stack trace reaches the user.
      process.stderr.write(`pymm: internal error: ${(e as Error).message}\n`);
      process.exit(70);
    });
}
