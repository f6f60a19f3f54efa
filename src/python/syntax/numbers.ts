// Number literals as CPython 3.11's tokenizer reads them: decimal, hex, octal and binary
// integers with underscores, floats, exponents and imaginary literals, and its messages for the
// malformed ones (at the same columns: the tokenizer's cursor when it gave up).

const RADIX_RES: Readonly<Record<string, RegExp>> = {
  x: /0[xX](?:_?[0-9a-fA-F])+/y,
  o: /0[oO](?:_?[0-7])+/y,
  b: /0[bB](?:_?[01])+/y,
};
const RADIX_NAMES: Readonly<Record<string, string>> = { x: 'hexadecimal', o: 'octal', b: 'binary' };
const DECIMAL_RE =
  /(?:(?:[0-9](?:_?[0-9])*)?\.[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*\.?)(?:[eE][+-]?[0-9](?:_?[0-9])*)?[jJ]?/y;

/** A scanned number (its text) or a tokenizer error at source index `at` (optionally to `endAt`). */
export type NumberScan = { text: string } | { error: string; at: number; endAt?: number };

/** Scans the number literal starting at `pos` (a digit, or '.' before a digit). */
export function scanNumberAt(src: string, pos: number): NumberScan {
  let text: string;
  let kind = 'decimal';
  const radix = /^0[xXoObB]/.test(src.slice(pos, pos + 2)) ? src[pos + 1]!.toLowerCase() : '';
  if (radix !== '') {
    kind = RADIX_NAMES[radix]!;
    const re = RADIX_RES[radix]!;
    re.lastIndex = pos;
    const m = re.exec(src);
    if (m === null) {
      let at = pos + 2;
      if (src[at] === '_') at++;
      const c = src[at] ?? '';
      if (kind !== 'hexadecimal' && /[0-9]/.test(c))
        return { error: `invalid digit '${c}' in ${kind} literal`, at };
      return { error: `invalid ${kind} literal`, at: at - 1 };
    }
    text = m[0];
  } else {
    DECIMAL_RE.lastIndex = pos;
    text = DECIMAL_RE.exec(src)![0];
  }
  const end = pos + text.length;
  const next = src[end] ?? '';
  if (kind === 'decimal' && /^0[0-9_]*[1-9]/.test(text) && /^[0-9_]+$/.test(text)) {
    const msg =
      'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers';
    // The range covers the run of zeros (and underscores) the tokenizer read first.
    return { error: msg, at: pos, endAt: pos + (/^[0_]*/.exec(text)?.[0].length ?? 0) };
  }
  if ((kind === 'octal' && /[89]/.test(next)) || (kind === 'binary' && /[2-9]/.test(next))) {
    return { error: `invalid digit '${next}' in ${kind} literal`, at: end };
  }
  if (next === '_') {
    // After a digit the cursor is past the '_'; after '.' or 'j' it stops on it.
    return { error: `invalid ${kind} literal`, at: /[0-9a-fA-F]$/.test(text) ? end : end - 1 };
  }
  if (kind === 'decimal' && /^[eE][+-][^0-9]/.test(src.slice(end, end + 3))) {
    return { error: 'invalid decimal literal', at: end + 1 };
  }
  if (/^[A-Za-z0-9_]$/.test(next)) {
    // verify_end_of_number: a keyword that may follow a number in valid code is allowed
    // (only ASCII letters count here, as in CPython).
    const rest = src.slice(end, end + 6);
    const kw = /^(and|else|for|in|is|or|not)(?![\p{L}\p{N}_])/u.test(rest) || /^i[fns]/.test(rest);
    if (!kw) return { error: `invalid ${/[jJ]$/.test(text) ? 'imaginary' : kind} literal`, at: end - 1 };
  }
  return { text };
}
