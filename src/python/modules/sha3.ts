// SHA-3 and SHAKE (FIPS 202) in pure TypeScript for hashlib: the Keccak-f[1600] sponge,
// with 64-bit lanes as BigInts (the round constants and rotation offsets are derived
// from the specification's LFSR and (x, y) walk rather than typed in).

const MASK = (1n << 64n) - 1n;

// rc(t): the LFSR bit of FIPS 202 §3.2.5.
function rcBit(t: number): bigint {
  if (t % 255 === 0) return 1n;
  let r = 1;
  for (let i = 1; i <= t % 255; i++) {
    r <<= 1;
    if (r & 0x100) r ^= 0x171;
  }
  return BigInt(r & 1);
}

const ROUND_CONSTANTS: bigint[] = Array.from({ length: 24 }, (_, round) => {
  let c = 0n;
  for (let j = 0; j <= 6; j++) c |= rcBit(j + 7 * round) << BigInt(2 ** j - 1);
  return c;
});

// ρ's offsets by lane index x + 5y.
const ROTATIONS: number[] = (() => {
  const r = new Array<number>(25).fill(0);
  let x = 1;
  let y = 0;
  for (let t = 0; t < 24; t++) {
    r[x + 5 * y] = (((t + 1) * (t + 2)) / 2) % 64;
    [x, y] = [y, (2 * x + 3 * y) % 5];
  }
  return r;
})();

const rotl = (v: bigint, n: number): bigint =>
  n === 0 ? v : ((v << BigInt(n)) | (v >> BigInt(64 - n))) & MASK;

function keccakF(a: bigint[]): void {
  const c = new Array<bigint>(5);
  const b = new Array<bigint>(25);
  for (let round = 0; round < 24; round++) {
    for (let x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
    for (let x = 0; x < 5; x++) {
      const d = c[(x + 4) % 5] ^ rotl(c[(x + 1) % 5], 1);
      for (let y = 0; y < 25; y += 5) a[x + y] ^= d;
    }
    for (let x = 0; x < 5; x++)
      for (let y = 0; y < 5; y++) b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl(a[x + 5 * y], ROTATIONS[x + 5 * y]);
    for (let y = 0; y < 25; y += 5)
      for (let x = 0; x < 5; x++) a[x + y] = b[x + y] ^ (~b[((x + 1) % 5) + y] & MASK & b[((x + 2) % 5) + y]);
    a[0] ^= ROUND_CONSTANTS[round];
  }
}

/** The Keccak sponge: `rate` bytes a block, domain-separation byte `suffix`, `outLen` bytes out. */
function sponge(data: Uint8Array, rate: number, suffix: number, outLen: number): Uint8Array {
  const blocks = Math.floor(data.length / rate) + 1;
  const msg = new Uint8Array(blocks * rate);
  msg.set(data);
  msg[data.length] ^= suffix;
  msg[msg.length - 1] ^= 0x80;
  const state = new Array<bigint>(25).fill(0n);
  for (let at = 0; at < msg.length; at += rate) {
    for (let i = 0; i < rate / 8; i++) {
      let lane = 0n;
      for (let k = 7; k >= 0; k--) lane = (lane << 8n) | BigInt(msg[at + 8 * i + k]);
      state[i] ^= lane;
    }
    keccakF(state);
  }
  const out = new Uint8Array(outLen);
  for (let at = 0; ; ) {
    for (let i = 0; i < rate / 8 && at < outLen; i++) {
      let lane = state[i];
      for (let k = 0; k < 8 && at < outLen; k++, at++) {
        out[at] = Number(lane & 0xffn);
        lane >>= 8n;
      }
    }
    if (at >= outLen) return out;
    keccakF(state);
  }
}

/** SHA3-224/256/384/512 of `data` (`bits` the digest size). */
export function sha3(bits: number): (data: Uint8Array) => Uint8Array {
  return (data) => sponge(data, 200 - bits / 4, 0x06, bits / 8);
}

/** SHAKE128/256 of `data`, `length` bytes of output. */
export function shake(bits: number): (data: Uint8Array, length: number) => Uint8Array {
  return (data, length) => sponge(data, 200 - bits / 4, 0x1f, length);
}
