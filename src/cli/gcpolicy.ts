// `--gc=POLICIES`: the collection policies of issue 4, chosen and combined on the command
// line (the `pymm` module changes them from the program). A comma-separated list:
//
//   auto            CPython's threshold rule (the default)
//   every:MS[:GEN]  collect generation GEN (default 2) every MS milliseconds of run time
//   on:EVENT[:GEN]  collect generation GEN (default 2) when the program signals EVENT
//   retry           on MemoryError, run a full collection and try the allocation once more
//   off             no automatic collection
//
// Exactly the triggers listed run (`--gc=every:100` is the timer alone, `--gc=auto,every:100`
// both); a list without a trigger (`--gc=retry`) keeps the default, `auto`.

import type { Policy } from '../index.js';

/** The policies `--gc` chose. */
export interface GcPolicyOption {
  auto: boolean;
  every: { ms: number; generation: number } | null;
  events: Map<string, number>;
  retry: boolean;
}

/** The default: CPython's threshold rule alone. */
export function defaultGcPolicy(): GcPolicyOption {
  return { auto: true, every: null, events: new Map(), retry: false };
}

/** Parses `--gc`'s value; a bad item calls `fail` with the reason. */
export function parseGcPolicy(value: string, fail: (message: string) => never): GcPolicyOption {
  const option: GcPolicyOption = { auto: false, every: null, events: new Map(), retry: false };
  let triggers = 0;
  let off = false;
  const generation = (text: string | undefined, item: string) => {
    if (text === undefined) return 2;
    if (!/^[0-2]$/.test(text)) fail(`--gc: the generation in '${item}' must be 0, 1 or 2`);
    return Number(text);
  };
  const items = value.split(',');
  for (const item of items) {
    const [kind, ...rest] = item.split(':');
    if (kind === 'auto' && rest.length === 0) {
      option.auto = true;
      triggers++;
    } else if (kind === 'off' && rest.length === 0) {
      off = true;
    } else if (kind === 'retry' && rest.length === 0) {
      option.retry = true;
    } else if (kind === 'every' && (rest.length === 1 || rest.length === 2)) {
      const ms = Number(rest[0]);
      if (!/^\d+(\.\d+)?$/.test(rest[0]) || !(ms > 0))
        fail(`--gc: '${item}' needs a positive number of milliseconds (every:MS or every:MS:GEN)`);
      if (option.every !== null) fail('--gc: only one every:MS timer');
      option.every = { ms, generation: generation(rest[1], item) };
      triggers++;
    } else if (kind === 'on' && (rest.length === 1 || rest.length === 2) && rest[0] !== '') {
      option.events.set(rest[0], generation(rest[1], item));
      triggers++;
    } else {
      fail(`--gc: unknown policy '${item}' (auto, off, every:MS[:GEN], on:EVENT[:GEN], retry)`);
    }
  }
  if (off && (triggers > 0 || items.length > 1)) fail("--gc: 'off' cannot be combined with other policies");
  if (!off && triggers === 0) option.auto = true;
  return option;
}

/** Sets a runtime's policies to what `--gc` chose. */
export function applyGcPolicy(policy: Policy, option: GcPolicyOption): void {
  policy.auto = option.auto;
  policy.setTimer(
    option.every === null ? null : { intervalMs: option.every.ms, generation: option.every.generation },
  );
  for (const [name, generation] of option.events) policy.setEvent(name, generation);
  policy.collectOnMemoryError = option.retry;
}
