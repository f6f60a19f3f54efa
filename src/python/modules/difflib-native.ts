// The _difflib helper of difflib: SequenceMatcher.get_matching_blocks for two strs, computed in
// JS with the same algorithm (find_longest_match's junk-free longest match, widened over equal
// non-junk then junk elements; the recursion on both sides; adjacent blocks joined), so that
// ratio() and get_close_matches do not run the matcher in Python character by character.

import type { Ptr } from '../../heap/index.js';
import type { Interpreter } from '../vm/interp.js';

/** The matching blocks [i, j, k] of a and b (code points), ending with [len(a), len(b), 0]. */
export function matchingBlocks(
  a: string[],
  b: string[],
  junk: Set<string>,
  popular: Set<string>,
): number[][] {
  const where = new Map<string, number[]>();
  for (let j = 0; j < b.length; j++) {
    const c = b[j];
    if (junk.has(c) || popular.has(c)) continue;
    const spots = where.get(c);
    if (spots === undefined) where.set(c, [j]);
    else spots.push(j);
  }
  const longest = (alo: number, ahi: number, blo: number, bhi: number): number[] => {
    let bi = alo;
    let bj = blo;
    let bk = 0;
    let run = new Map<number, number>();
    for (let i = alo; i < ahi; i++) {
      const grown = new Map<number, number>();
      for (const j of where.get(a[i]) ?? []) {
        if (j < blo) continue;
        if (j >= bhi) break;
        const k = (run.get(j - 1) ?? 0) + 1;
        grown.set(j, k);
        if (k > bk) {
          bi = i - k + 1;
          bj = j - k + 1;
          bk = k;
        }
      }
      run = grown;
    }
    for (const wantJunk of [false, true]) {
      while (bi > alo && bj > blo && junk.has(b[bj - 1]) === wantJunk && a[bi - 1] === b[bj - 1]) {
        bi--;
        bj--;
        bk++;
      }
      while (bi + bk < ahi && bj + bk < bhi && junk.has(b[bj + bk]) === wantJunk && a[bi + bk] === b[bj + bk])
        bk++;
    }
    return [bi, bj, bk];
  };
  const found: number[][] = [];
  const todo: number[][] = [[0, a.length, 0, b.length]];
  while (todo.length > 0) {
    const [alo, ahi, blo, bhi] = todo.pop() as number[];
    const [i, j, k] = longest(alo, ahi, blo, bhi);
    if (k === 0) continue;
    found.push([i, j, k]);
    if (alo < i && blo < j) todo.push([alo, i, blo, j]);
    if (i + k < ahi && j + k < bhi) todo.push([i + k, ahi, j + k, bhi]);
  }
  found.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
  const merged: number[][] = [];
  for (const [i, j, k] of found) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last[0] + last[2] === i && last[1] + last[2] === j) last[2] += k;
    else merged.push([i, j, k]);
  }
  merged.push([a.length, b.length, 0]);
  return merged;
}

/** Fills the _difflib module: matching_blocks(a, b, junk, popular) for strs (junk and popular: strs of their characters). */
export function initDifflibNativeModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  interp.defNative(dict, 'matching_blocks', (_s, args) => {
    const [a, b, junk, popular] = args.map((p) => Array.from(n.jsStr(p)));
    const blocks = matchingBlocks(a, b, new Set(junk), new Set(popular));
    return n.list(blocks.map((t) => n.tuple(t.map((x) => n.int(x)))));
  });
}
