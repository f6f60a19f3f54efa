// Seeded random numbers for tests: xorshift32, seed from SEED or the clock, printed on failure.

/** A seeded xorshift32 generator returning integers in [0, n). */
export function xorshift(seed: number): (n: number) => number {
  let x = seed >>> 0 || 0x9e3779b9;
  return (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

/** The seed of this run: SEED from the environment, or one from the clock. */
export function testSeed(): number {
  return Number(process.env.SEED ?? Date.now() % 2 ** 31);
}

/** Runs `body` and, if it throws, rethrows with the seed in the message so the run can be repeated. */
export function withSeed(seed: number, body: () => void): void {
  try {
    body();
  } catch (e) {
    const err = e as Error;
    err.message = `seed ${seed} (rerun with SEED=${seed}): ${err.message}`;
    throw err;
  }
}
