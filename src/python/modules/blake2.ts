// BLAKE2b and BLAKE2s (RFC 7693) in pure TypeScript for hashlib, with the digest size,
// key, salt and personalisation parameters (sequential mode: fanout and depth 1). Words
// are BigInts masked to 64 or 32 bits; the IVs are derived from the primes' square roots.

/** One variant's constants: word size, rounds, block size and G's rotations. */
interface Variant {
  bits: bigint;
  mask: bigint;
  rounds: number;
  block: number;
  rot: [bigint, bigint, bigint, bigint];
  iv: bigint[];
}

// The message schedule of RFC 7693 §2.7.
const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

// floor(sqrt(p) * 2^bits) mod 2^bits for the first eight primes (SHA-2's IV words).
function rootWords(bits: bigint): bigint[] {
  return [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n].map((p) => {
    const target = p << (2n * bits);
    let x = 1n << (bits + 3n);
    for (;;) {
      const y = (x + target / x) >> 1n;
      if (y >= x) break;
      x = y;
    }
    return x & ((1n << bits) - 1n);
  });
}

const B: Variant = {
  bits: 64n,
  mask: (1n << 64n) - 1n,
  rounds: 12,
  block: 128,
  rot: [32n, 24n, 16n, 63n],
  iv: rootWords(64n),
};
const S: Variant = {
  bits: 32n,
  mask: (1n << 32n) - 1n,
  rounds: 10,
  block: 64,
  rot: [16n, 12n, 8n, 7n],
  iv: rootWords(32n),
};

// The little-endian words of `bytes` (its length a multiple of the word size).
function words(bytes: Uint8Array, size: number): bigint[] {
  const out: bigint[] = [];
  for (let at = 0; at < bytes.length; at += size) {
    let w = 0n;
    for (let k = size - 1; k >= 0; k--) w = (w << 8n) | BigInt(bytes[at + k]);
    out.push(w);
  }
  return out;
}

function compress(v: Variant, h: bigint[], block: Uint8Array, counter: bigint, last: boolean): void {
  const { mask, bits, rot } = v;
  const m = words(block, Number(bits) / 8);
  const w = [...h, ...v.iv];
  w[12] ^= counter & mask;
  w[13] ^= (counter >> bits) & mask;
  if (last) w[14] ^= mask;
  const rotr = (x: bigint, n: bigint) => ((x >> n) | (x << (bits - n))) & mask;
  const g = (a: number, b: number, c: number, d: number, x: bigint, y: bigint) => {
    w[a] = (w[a] + w[b] + x) & mask;
    w[d] = rotr(w[d] ^ w[a], rot[0]);
    w[c] = (w[c] + w[d]) & mask;
    w[b] = rotr(w[b] ^ w[c], rot[1]);
    w[a] = (w[a] + w[b] + y) & mask;
    w[d] = rotr(w[d] ^ w[a], rot[2]);
    w[c] = (w[c] + w[d]) & mask;
    w[b] = rotr(w[b] ^ w[c], rot[3]);
  };
  for (let r = 0; r < v.rounds; r++) {
    const s = SIGMA[r % 10];
    g(0, 4, 8, 12, m[s[0]], m[s[1]]);
    g(1, 5, 9, 13, m[s[2]], m[s[3]]);
    g(2, 6, 10, 14, m[s[4]], m[s[5]]);
    g(3, 7, 11, 15, m[s[6]], m[s[7]]);
    g(0, 5, 10, 15, m[s[8]], m[s[9]]);
    g(1, 6, 11, 12, m[s[10]], m[s[11]]);
    g(2, 7, 8, 13, m[s[12]], m[s[13]]);
    g(3, 4, 9, 14, m[s[14]], m[s[15]]);
  }
  for (let i = 0; i < 8; i++) h[i] ^= w[i] ^ w[i + 8];
}

/** BLAKE2b (`wide`) or BLAKE2s of data with the given parameters (sizes already checked). */
export function blake2(
  wide: boolean,
  data: Uint8Array,
  digestSize: number,
  key: Uint8Array,
  salt: Uint8Array,
  person: Uint8Array,
): Uint8Array {
  const v = wide ? B : S;
  const size = Number(v.bits) / 8;
  const h = [...v.iv];
  h[0] ^= 0x01010000n ^ (BigInt(key.length) << 8n) ^ BigInt(digestSize);
  const half = new Uint8Array(2 * size);
  half.set(salt);
  const [s0, s1] = words(half, size);
  half.fill(0);
  half.set(person);
  const [p0, p1] = words(half, size);
  h[4] ^= s0;
  h[5] ^= s1;
  h[6] ^= p0;
  h[7] ^= p1;
  let input = data;
  if (key.length > 0) {
    input = new Uint8Array(v.block + data.length);
    input.set(key);
    input.set(data, v.block);
  }
  const blocks = Math.max(1, Math.ceil(input.length / v.block));
  for (let i = 0; i < blocks; i++) {
    const last = i === blocks - 1;
    const block = new Uint8Array(v.block);
    block.set(input.subarray(i * v.block, (i + 1) * v.block));
    const counter = BigInt(last ? input.length : (i + 1) * v.block);
    compress(v, h, block, counter, last);
  }
  const out = new Uint8Array(8 * size);
  h.forEach((word, i) => {
    for (let k = 0; k < size; k++) out[i * size + k] = Number((word >> BigInt(8 * k)) & 0xffn);
  });
  return out.slice(0, digestSize);
}
