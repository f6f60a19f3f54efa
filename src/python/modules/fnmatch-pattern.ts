// Shell-style filename patterns (Lib/fnmatch.py's fnmatchcase) matched with a JS RegExp:
// `*` matches anything, `?` one character, `[seq]` one character of seq (ranges a-z,
// empty ranges dropped), `[!seq]` one character not in seq, a `[` without its `]` itself.
// tracemalloc.Filter matches frame filenames with it.

const cache = new Map<string, RegExp>();
const CACHE_LIMIT = 4096;

/** fnmatch.fnmatchcase(name, pat): whether the whole of `name` matches `pat`. */
export function fnmatchcase(name: string, pat: string): boolean {
  let re = cache.get(pat);
  if (re === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    re = new RegExp(`^${translate(pat)}$`, 'su');
    cache.set(pat, re);
  }
  return re.test(name);
}

// A character outside a class, escaped when the RegExp syntax gives it a meaning.
function literal(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

// A character inside a class.
function classChar(c: string): string {
  return /[\\\]^[-]/.test(c) ? `\\${c}` : c;
}

/** The JS RegExp source of `pat` (fnmatch.translate's meaning, JS syntax). */
export function translate(pat: string): string {
  const chars = Array.from(pat); // code points, as Python indexes str
  const n = chars.length;
  let out = '';
  let i = 0;
  while (i < n) {
    const c = chars[i++];
    if (c === '*') {
      if (!out.endsWith('.*?')) out += '.*?';
    } else if (c === '?') {
      out += '.';
    } else if (c === '[') {
      let j = i;
      if (j < n && chars[j] === '!') j++;
      if (j < n && chars[j] === ']') j++;
      while (j < n && chars[j] !== ']') j++;
      if (j >= n) {
        out += '\\[';
        continue;
      }
      out += charClass(chars.slice(i, j));
      i = j + 1;
    } else {
      out += literal(c);
    }
  }
  return out;
}

// The class for the text between `[` and `]`: hyphens after the first character (after
// `!`) make ranges, a range whose ends are reversed is dropped, as fnmatch.translate does.
function charClass(stuff: string[]): string {
  const negated = stuff[0] === '!';
  const body = negated ? stuff.slice(1) : stuff;
  // Split into chunks at range hyphens: a hyphen at position ≥ 1 of what follows the last cut.
  const chunks: string[][] = [];
  let start = 0;
  let k = 1;
  for (;;) {
    let at = -1;
    for (let m = k; m < body.length; m++) {
      if (body[m] === '-') {
        at = m;
        break;
      }
    }
    if (at < 0) break;
    chunks.push(body.slice(start, at));
    start = at + 1;
    k = at + 3;
  }
  const last = body.slice(start);
  if (last.length > 0 || chunks.length === 0) chunks.push(last);
  else chunks[chunks.length - 1].push('-');
  for (let m = chunks.length - 1; m > 0; m--) {
    const prev = chunks[m - 1];
    const cur = chunks[m];
    if (prev.length > 0 && cur.length > 0 && codePoint(prev[prev.length - 1]) > codePoint(cur[0])) {
      chunks[m - 1] = [...prev.slice(0, -1), ...cur.slice(1)];
      chunks.splice(m, 1);
    }
  }
  const inner = chunks.map((chunk) => chunk.map(classChar).join('')).join('-');
  if (inner === '') return negated ? '[^]' : '(?!)';
  return negated ? `[^${inner}]` : `[${inner}]`;
}

function codePoint(c: string): number {
  return c.codePointAt(0) as number;
}
