// Parses sizes written the way people write them: 64M, 1G, 512k, 1048576.

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** Bytes in a size like "64M", "1.5G", "4096"; throws a RangeError naming the bad text. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(text.trim());
  if (m === null) throw new RangeError(`invalid size '${text}' (examples: 64M, 1G, 1048576)`);
  const bytes = Math.floor(Number(m[1]) * UNITS[m[2].toLowerCase()]);
  return bytes;
}
