// re's pattern compiler: Python regular-expression syntax (sre_parse's grammar, with its
// error messages and positions) translated to a JS RegExp source with the 'u' flag.
//
// The translation spells out what Python means where JS differs: `.` is [^\n], `^`/`$`/`\A`/
// `\Z` become lookarounds with Python's line rules, `\d`/`\w`/`\s`/`\b` use Python's Unicode
// classes (or ASCII ones under re.ASCII), atomic groups and possessive repeats become
// `(?=(X))\k` with a hidden group, and scoped `(?i:…)` expands letters to both cases.
// Python group i is the JS named group `p<i>` (hidden groups are `h<k>`), so hidden groups
// never shift the numbers and positions come from the 'd' flag's indices.groups.

import { pyStrRepr } from '../syntax/dump.js';
import { codeOf } from './unicodedata.js';

/** re's flag bits (re.RegexFlag values). */
export const RE_FLAGS = {
  TEMPLATE: 1,
  IGNORECASE: 2,
  LOCALE: 4,
  MULTILINE: 8,
  DOTALL: 16,
  UNICODE: 32,
  VERBOSE: 64,
  DEBUG: 128,
  ASCII: 256,
} as const;
const { IGNORECASE: I, MULTILINE: M, DOTALL: S, UNICODE: U, VERBOSE: X, ASCII: A, LOCALE: L } = RE_FLAGS;

/** A bad pattern: re.error's message and the code-point position it names (-1: none). */
export class RegexError {
  constructor(
    readonly msg: string,
    readonly pos: number,
  ) {}
}

/** A translated pattern. */
export interface Translated {
  /** JS RegExp source (compile with 'u' plus `jsFlags`). */
  source: string;
  /** Extra JS flags: 'i' under a global IGNORECASE. */
  jsFlags: string;
  /** The pattern's flags after inline global flags (UNICODE added for str patterns). */
  flags: number;
  /** Number of capturing groups (Python's). */
  groups: number;
  /** Group name → number. */
  groupIndex: Map<string, number>;
  /** Python group i → the group that encloses it (0: none); decides lastindex on ties. */
  parent: number[];
}

const WORD_U = '\\p{L}\\p{N}_';
const WORD_A = 'A-Za-z0-9_';
const DIGIT_U = '\\p{Nd}';
const DIGIT_A = '0-9';
const SPACE_U = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACE_A = '\\t-\\r ';
const NOT_DIGIT_U = '\\P{Nd}';
const NOT_DIGIT_A = '\\0-\\/:-\\u{10ffff}';
const NOT_SPACE_U =
  '\\0-\\x08\\x0e-\\x1b!-\\x84\\x86-\\x9f\\xa1-\\u167f\\u1681-\\u1fff\\u200b-\\u2027\\u202a-\\u202e\\u2030-\\u205e\\u2060-\\u2fff\\u3001-\\u{10ffff}';
const NOT_SPACE_A = '\\0-\\x08\\x0e-\\x1f!-\\u{10ffff}';
const NOT_WORD_A = '\\0-\\/:-@\\[-\\^`\\{-\\u{10ffff}';

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isOct = (c: string | undefined) => c !== undefined && c >= '0' && c <= '7';
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);
const ASCII_LETTER = /^[A-Za-z]$/;
const VERBOSE_SPACE = ' \t\n\r\v\f';
const MAXREPEAT = 4294967295;

/** A JS-safe spelling of one code point. */
function lit(cp: number): string {
  const c = String.fromCodePoint(cp);
  return /^[A-Za-z0-9]$/.test(c) ? c : `\\u{${cp.toString(16)}}`;
}

/** The case variants of a code point (itself first), as Python's IGNORECASE sees them. */
function caseVariants(cp: number): number[] {
  const c = String.fromCodePoint(cp);
  const out = [cp];
  for (const v of [c.toLowerCase(), c.toUpperCase()]) {
    const chars = [...v];
    if (chars.length === 1) {
      const w = chars[0].codePointAt(0) as number;
      if (!out.includes(w)) out.push(w);
    }
  }
  return out;
}

// A parsed piece: its JS source and its width range in characters (for look-behind checks).
interface Piece {
  src: string;
  min: number;
  max: number;
  /** An anchor (^, $, \A, \Z, \b, \B): cannot be repeated. */
  at?: boolean;
}

// One class item: a literal code point, or a set escape such as \d.
type ClassItem =
  | { kind: 'lit'; cp: number; text: string }
  | { kind: 'set'; pos: string; neg: string | null; text: string };

/** Translates a Python pattern; throws RegexError for a bad one. */
export function translate(pattern: string, flags: number, isBytes: boolean): Translated {
  let result = new Parser(pattern, flags, isBytes).run();
  if ((result.flags & X) !== 0 && (flags & X) === 0)
    result = new Parser(pattern, result.flags, isBytes).run();
  return result;
}

class Parser {
  private readonly chars: string[];
  private pos = 0;
  private groups = 1;
  private hidden = 0;
  private readonly parent: number[] = [0];
  private readonly open: number[] = [];
  private readonly groupIndex = new Map<string, number>();
  private readonly groupWidth: [number, number][] = [[0, 0]];
  private globalFlags: number;

  constructor(
    pattern: string,
    flags: number,
    private readonly isBytes: boolean,
  ) {
    this.chars = [...pattern];
    this.globalFlags = flags;
  }

  run(): Translated {
    const flags = this.globalFlags;
    if (this.isBytes) {
      if ((flags & U) !== 0) throw new ValueErrorSignal('cannot use UNICODE flag with a bytes pattern');
    } else {
      if ((flags & L) !== 0) throw new ValueErrorSignal('cannot use LOCALE flag with a str pattern');
      if ((flags & (A | U)) === (A | U))
        throw new ValueErrorSignal('ASCII and UNICODE flags are incompatible');
    }
    const body = this.alternation(flags, true);
    if (this.pos < this.chars.length) {
      // Only an unbalanced ')' stops the top level early.
      throw new RegexError('unbalanced parenthesis', this.pos);
    }
    let final = this.globalFlags;
    if (!this.isBytes && (final & A) === 0) final |= U;
    return {
      source: body.src,
      jsFlags: (final & I) !== 0 ? 'i' : '',
      flags: final,
      groups: this.groups - 1,
      groupIndex: this.groupIndex,
      parent: this.parent,
    };
  }

  private peek(k = 0): string | undefined {
    return this.chars[this.pos + k];
  }

  private skipVerbose(flags: number): void {
    if ((flags & X) === 0) return;
    for (;;) {
      const c = this.peek();
      if (c !== undefined && VERBOSE_SPACE.includes(c)) this.pos++;
      else if (c === '#') {
        while (this.pos < this.chars.length && this.chars[this.pos] !== '\n') this.pos++;
      } else return;
    }
  }

  // alternatives separated by '|', up to ')' or the end.
  private alternation(flags: number, top: boolean): Piece {
    const alts: Piece[] = [this.sequence(flags, top)];
    while (this.peek() === '|') {
      this.pos++;
      alts.push(this.sequence(flags, false));
    }
    if (alts.length === 1) return alts[0];
    return {
      src: alts.map((p) => p.src).join('|'),
      min: Math.min(...alts.map((p) => p.min)),
      max: Math.max(...alts.map((p) => p.max)),
    };
  }

  private sequence(flags: number, top: boolean): Piece {
    let src = '';
    let min = 0;
    let max = 0;
    let first = top;
    for (;;) {
      this.skipVerbose(flags);
      const c = this.peek();
      if (c === undefined || c === '|' || c === ')') break;
      const start = this.pos;
      const atom = this.atom(flags, first);
      if (atom === null) {
        // A global flag group: flags may have changed for the rest.
        flags = this.globalFlags | (flags & ~(I | M | S | X | A | U | L));
        continue;
      }
      first = false;
      const piece = this.quantified(atom, flags, start);
      src += piece.src;
      min += piece.min;
      max += piece.max;
    }
    return { src, min, max };
  }

  // A repeat after an atom, if any.
  private quantified(atom: Piece, flags: number, _atomStart: number): Piece {
    this.skipVerbose(flags);
    const here = this.pos;
    const c = this.peek();
    let lo: number;
    let hi: number;
    if (c === '*' || c === '+' || c === '?') {
      this.pos++;
      [lo, hi] = c === '*' ? [0, MAXREPEAT] : c === '+' ? [1, MAXREPEAT] : [0, 1];
    } else if (c === '{') {
      const r = this.braces();
      if (r === null) return atom;
      [lo, hi] = r;
    } else return atom;
    if (atom.at || atom.src === '') throw new RegexError('nothing to repeat', here);
    let mode = '';
    if (this.peek() === '?') {
      this.pos++;
      mode = '?';
    } else if (this.peek() === '+') {
      this.pos++;
      mode = '+';
    }
    const q =
      lo === 0 && hi === MAXREPEAT
        ? '*'
        : lo === 1 && hi === MAXREPEAT
          ? '+'
          : lo === 0 && hi === 1
            ? '?'
            : hi === MAXREPEAT
              ? `{${lo},}`
              : lo === hi
                ? `{${lo}}`
                : `{${lo},${hi}}`;
    const next = this.peek();
    if (next === '*' || next === '+' || next === '?' || (next === '{' && this.bracesAhead())) {
      throw new RegexError('multiple repeat', this.pos);
    }
    const body = `(?:${atom.src})${q}`;
    const piece: Piece = {
      src: body,
      min: atom.min * lo,
      max: hi === MAXREPEAT ? (atom.max === 0 ? 0 : Number.POSITIVE_INFINITY) : atom.max * hi,
    };
    if (mode === '?') piece.src += '?';
    else if (mode === '+') piece.src = this.atomic(piece.src);
    return piece;
  }

  private bracesAhead(): boolean {
    const save = this.pos;
    const r = this.braces();
    this.pos = save;
    return r !== null;
  }

  // {m,n} at this.pos: the bounds, or null (then '{' is a literal and pos is unchanged).
  private braces(): [number, number] | null {
    const here = this.pos;
    this.pos++;
    if (this.peek() === '}') {
      this.pos = here;
      return null;
    }
    let lo = '';
    let hi = '';
    while (isDigit(this.peek())) lo += this.chars[this.pos++];
    if (this.peek() === ',') {
      this.pos++;
      while (isDigit(this.peek())) hi += this.chars[this.pos++];
    } else hi = lo;
    if (this.peek() !== '}') {
      this.pos = here;
      return null;
    }
    this.pos++;
    const min = lo === '' ? 0 : Number(lo);
    const max = hi === '' ? MAXREPEAT : Number(hi);
    if (min >= MAXREPEAT || (hi !== '' && max >= MAXREPEAT)) {
      throw new OverflowSignal('the repetition number is too large');
    }
    if (max < min) throw new RegexError('min repeat greater than max repeat', here + 1);
    return [min, max];
  }

  private atomic(src: string): string {
    const g = `h${++this.hidden}`;
    return `(?=(?<${g}>${src}))\\k<${g}>`;
  }

  // One atom; null for a global flags group (which emits nothing).
  private atom(flags: number, first: boolean): Piece | null {
    const here = this.pos;
    const c = this.chars[this.pos++];
    switch (c) {
      case '(':
        return this.group(flags, here, first);
      case '[':
        return this.charClass(flags, here);
      case '.':
        return { src: (flags & S) !== 0 ? '[\\s\\S]' : '[^\\n]', min: 1, max: 1 };
      case '^':
        return { src: (flags & M) !== 0 ? '(?<![^\\n])' : '(?<![\\s\\S])', min: 0, max: 0, at: true };
      case '$':
        return {
          src: (flags & M) !== 0 ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))',
          min: 0,
          max: 0,
          at: true,
        };
      case '\\':
        return this.escape(flags, here);
      case '*':
      case '+':
      case '?':
        throw new RegexError('nothing to repeat', here);
      case '{':
        this.pos = here;
        if (this.bracesAhead()) throw new RegexError('nothing to repeat', here);
        this.pos = here + 1;
        return this.literal('{'.codePointAt(0) as number, flags);
      default:
        return this.literal(c.codePointAt(0) as number, flags);
    }
  }

  private literal(cp: number, flags: number): Piece {
    if ((flags & I) !== 0 && (this.globalFlags & I) === 0) {
      const vs = caseVariants(cp);
      if (vs.length > 1) return { src: `[${vs.map(lit).join('')}]`, min: 1, max: 1 };
    }
    return { src: lit(cp), min: 1, max: 1 };
  }

  private word(flags: number): string {
    return (flags & A) !== 0 || this.isBytes ? WORD_A : WORD_U;
  }

  private escape(flags: number, here: number): Piece {
    const c = this.chars[this.pos++];
    if (c === undefined) throw new RegexError('bad escape (end of pattern)', here);
    const ascii = (flags & A) !== 0 || this.isBytes;
    const w = this.word(flags);
    switch (c) {
      case 'A':
        return { src: '(?<![\\s\\S])', min: 0, max: 0, at: true };
      case 'Z':
        return { src: '(?![\\s\\S])', min: 0, max: 0, at: true };
      case 'b':
        return { src: `(?:(?<=[${w}])(?![${w}])|(?<![${w}])(?=[${w}]))`, min: 0, max: 0, at: true };
      case 'B':
        return { src: `(?:(?<=[${w}])(?=[${w}])|(?<![${w}])(?![${w}]))`, min: 0, max: 0, at: true };
      case 'd':
        return { src: `[${ascii ? DIGIT_A : DIGIT_U}]`, min: 1, max: 1 };
      case 'D':
        return { src: `[${ascii ? NOT_DIGIT_A : NOT_DIGIT_U}]`, min: 1, max: 1 };
      case 's':
        return { src: `[${ascii ? SPACE_A : SPACE_U}]`, min: 1, max: 1 };
      case 'S':
        return { src: `[${ascii ? NOT_SPACE_A : NOT_SPACE_U}]`, min: 1, max: 1 };
      case 'w':
        return { src: `[${w}]`, min: 1, max: 1 };
      case 'W':
        return { src: `[^${w}]`, min: 1, max: 1 };
    }
    if (isDigit(c)) {
      let esc = `\\${c}`;
      if (c === '0') {
        let digits = '0';
        for (let k = 0; k < 2 && isOct(this.peek()); k++) digits += this.chars[this.pos++];
        return this.literal(Number.parseInt(digits, 8), flags);
      }
      if (isDigit(this.peek())) {
        esc += this.chars[this.pos++];
        if (isOct(esc[1]) && isOct(esc[2]) && isOct(this.peek())) {
          esc += this.chars[this.pos++];
          const v = Number.parseInt(esc.slice(1), 8);
          if (v > 0o377) throw new RegexError(`octal escape value ${esc} outside of range 0-0o377`, here);
          return this.literal(v, flags);
        }
      }
      const group = Number(esc.slice(1));
      if (group < this.groups) {
        if (this.open.includes(group)) throw new RegexError('cannot refer to an open group', here);
        return this.backref(group);
      }
      throw new RegexError(`invalid group reference ${group}`, here + 1);
    }
    const simple = this.simpleEscape(c, here);
    if (simple !== null) return this.literal(simple, flags);
    return this.literal(c.codePointAt(0) as number, flags);
  }

  private backref(group: number): Piece {
    const [min, max] = this.groupWidth[group] ?? [0, Number.POSITIVE_INFINITY];
    return { src: `\\k<p${group}>`, min, max };
  }

  // \a \f \n \r \t \v \\ \xhh \uhhhh \Uhhhhhhhh and letters that are bad escapes; null: the char itself.
  private simpleEscape(c: string, here: number): number | null {
    const table: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
    if (c in table) return table[c];
    if (c === 'x' || (!this.isBytes && (c === 'u' || c === 'U'))) {
      const len = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      let hex = '';
      while (hex.length < len && isHex(this.peek())) hex += this.chars[this.pos++];
      if (hex.length < len) throw new RegexError(`incomplete escape \\${c}${hex}`, here);
      const v = Number.parseInt(hex, 16);
      if (v > 0x10ffff) throw new RegexError(`bad escape \\${c}${hex}`, here);
      return v;
    }
    if (c === 'N' && !this.isBytes) return this.namedEscape(here);
    if (ASCII_LETTER.test(c)) throw new RegexError(`bad escape \\${c}`, here);
    return null;
  }

  // \N{name} (sre_parse: a name unicodedata.lookup knows); `here` is the backslash's position.
  private namedEscape(here: number): number {
    if (this.peek() !== '{') throw new RegexError('missing {', this.pos);
    this.pos++;
    let name = '';
    for (;;) {
      const ch = this.chars[this.pos++];
      if (ch === undefined) {
        this.pos = this.chars.length;
        if (name === '') throw new RegexError('missing character name', this.pos);
        throw new RegexError('missing }, unterminated name', this.pos - name.length);
      }
      if (ch === '}') break;
      name += ch;
    }
    if (name === '') throw new RegexError('missing character name', this.pos - 1);
    const cp = codeOf(name);
    if (cp === null) throw new RegexError(`undefined character name ${pyStrRepr(name)}`, here);
    return cp;
  }

  private group(flags: number, here: number, first: boolean): Piece | null {
    let capture = true;
    let name: string | null = null;
    let groupFlags = flags;
    let kind: 'plain' | 'ahead' | 'nahead' | 'behind' | 'nbehind' | 'atomic' = 'plain';
    if (this.peek() === '?') {
      this.pos++;
      const c = this.chars[this.pos++];
      if (c === undefined) throw new RegexError('unexpected end of pattern', this.chars.length);
      if (c === 'P') {
        const d = this.chars[this.pos++];
        if (d === '<') {
          name = this.groupName('>');
        } else if (d === '=') {
          const nameStart = this.pos;
          const ref = this.groupName(')');
          const gid = this.groupIndex.get(ref);
          if (gid === undefined) throw new RegexError(`unknown group name '${ref}'`, nameStart);
          if (this.open.includes(gid)) throw new RegexError('cannot refer to an open group', nameStart);
          return this.backref(gid);
        } else if (d === undefined) {
          throw new RegexError('unexpected end of pattern', this.chars.length);
        } else throw new RegexError(`unknown extension ?P${d}`, here + 1);
      } else if (c === ':') capture = false;
      else if (c === '=' || c === '!') {
        capture = false;
        kind = c === '=' ? 'ahead' : 'nahead';
      } else if (c === '<') {
        const d = this.chars[this.pos++];
        if (d === undefined) throw new RegexError('unexpected end of pattern', this.chars.length);
        if (d !== '=' && d !== '!') throw new RegexError(`unknown extension ?<${d}`, here + 1);
        capture = false;
        kind = d === '=' ? 'behind' : 'nbehind';
      } else if (c === '>') {
        capture = false;
        kind = 'atomic';
      } else if (c === '#') {
        while (this.pos < this.chars.length && this.chars[this.pos] !== ')') this.pos++;
        if (this.pos >= this.chars.length) throw new RegexError('missing ), unterminated comment', here);
        this.pos++;
        return { src: '', min: 0, max: 0 };
      } else if (c === '(') {
        throw new RegexError('conditional groups (?(…)…) are not supported by pymm', here + 1);
      } else if (c === '-' || 'aiLmsux'.includes(c)) {
        this.pos--;
        const r = this.inlineFlags(flags, here, first);
        if (r === null) return null;
        capture = false;
        groupFlags = r;
      } else throw new RegexError(`unknown extension ?${c}`, here + 1);
    }
    let gid = 0;
    if (capture) {
      gid = this.groups++;
      this.parent[gid] = this.open.length > 0 ? this.open[this.open.length - 1] : 0;
      if (name !== null) {
        const was = this.groupIndex.get(name);
        if (was !== undefined) {
          throw new RegexError(
            `redefinition of group name '${name}' as group ${gid}; was group ${was}`,
            here + 4,
          );
        }
        this.groupIndex.set(name, gid);
      }
      this.open.push(gid);
    }
    const body = this.alternation(groupFlags, false);
    if (this.peek() !== ')') throw new RegexError('missing ), unterminated subpattern', here);
    this.pos++;
    if (capture) {
      this.open.pop();
      this.groupWidth[gid] = [body.min, body.max];
    }
    switch (kind) {
      case 'ahead':
        return { src: `(?=${body.src})`, min: 0, max: 0 };
      case 'nahead':
        return { src: `(?!${body.src})`, min: 0, max: 0 };
      case 'behind':
      case 'nbehind':
        if (body.min !== body.max) throw new RegexError('look-behind requires fixed-width pattern', -1);
        return { src: `(?<${kind === 'behind' ? '=' : '!'}${body.src})`, min: 0, max: 0 };
      case 'atomic':
        return { src: this.atomic(body.src), min: body.min, max: body.max };
    }
    return { src: capture ? `(?<p${gid}>${body.src})` : `(?:${body.src})`, min: body.min, max: body.max };
  }

  // (?aiLmsux) or (?flags-flags:...): the scoped flags, or null for a global group (applied).
  private inlineFlags(flags: number, here: number, first: boolean): number | null {
    const bits: Record<string, number> = { a: A, i: I, L, m: M, s: S, u: U, x: X };
    let add = 0;
    let del = 0;
    let c = this.chars[this.pos++];
    while (c !== undefined && c in bits) {
      add |= bits[c];
      if ([A, U, L].filter((b) => (add & b) !== 0).length > 1) {
        throw new RegexError("bad inline flags: flags 'a', 'u' and 'L' are incompatible", this.pos);
      }
      c = this.chars[this.pos++];
    }
    if (c === ')') {
      if (!first) throw new RegexError('global flags not at the start of the expression', here);
      this.globalFlags |= add;
      return null;
    }
    if (c === '-') {
      c = this.chars[this.pos++];
      if (c === undefined) throw new RegexError('missing flag', this.chars.length);
      if (!(c in bits))
        throw new RegexError(ASCII_LETTER.test(c) ? 'unknown flag' : 'missing flag', this.pos - 1);
      while (c !== undefined && c in bits) {
        if (c === 'a' || c === 'u' || c === 'L')
          throw new RegexError("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", this.pos - 1);
        del |= bits[c];
        c = this.chars[this.pos++];
      }
    }
    if (c === undefined) throw new RegexError('missing -, : or )', this.chars.length);
    if (c !== ':') {
      const msg = ASCII_LETTER.test(c) ? 'unknown flag' : del !== 0 ? 'missing :' : 'missing -, : or )';
      throw new RegexError(msg, this.pos - 1);
    }
    if ((del & I) !== 0 && (this.globalFlags & I) !== 0) {
      throw new RegexError('turning off IGNORECASE with (?-i:...) is not supported by pymm', here);
    }
    return (flags | add) & ~del;
  }

  private groupName(terminator: string): string {
    const start = this.pos;
    let name = '';
    for (;;) {
      const c = this.chars[this.pos++];
      if (c === undefined) {
        if (name === '') throw new RegexError('missing group name', start);
        throw new RegexError(`missing ${terminator}, unterminated name`, start);
      }
      if (c === terminator) break;
      name += c;
    }
    if (name === '') throw new RegexError('missing group name', start);
    if (!/^[\p{L}\p{Nl}_][\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}]*$/u.test(name)) {
      throw new RegexError(`bad character in group name '${name}'`, start);
    }
    return name;
  }

  private charClass(flags: number, here: number): Piece {
    const negate = this.peek() === '^';
    if (negate) this.pos++;
    const items: (ClassItem | { kind: 'range'; lo: number; hi: number })[] = [];
    const start = this.pos;
    for (;;) {
      const itemStart = this.pos;
      const c = this.chars[this.pos++];
      if (c === undefined) throw new RegexError('unterminated character set', here);
      if (c === ']' && itemStart !== start) break;
      const a =
        c === '\\'
          ? this.classEscape(flags, itemStart)
          : { kind: 'lit' as const, cp: c.codePointAt(0) as number, text: c };
      if (this.peek() === '-') {
        this.pos++;
        const thatStart = this.pos;
        const d = this.chars[this.pos++];
        if (d === undefined) throw new RegexError('unterminated character set', here);
        if (d === ']') {
          items.push(a, { kind: 'lit', cp: 45, text: '-' });
          break;
        }
        const b =
          d === '\\'
            ? this.classEscape(flags, thatStart)
            : { kind: 'lit' as const, cp: d.codePointAt(0) as number, text: d };
        const msg = `bad character range ${a.text}-${b.text}`;
        if (a.kind !== 'lit' || b.kind !== 'lit' || b.cp < a.cp) throw new RegexError(msg, itemStart);
        items.push({ kind: 'range', lo: a.cp, hi: b.cp });
      } else items.push(a);
    }
    const fold = (flags & I) !== 0 && (this.globalFlags & I) === 0;
    let pos = '';
    const negs: string[] = [];
    for (const it of items) {
      if (it.kind === 'lit') pos += (fold ? caseVariants(it.cp) : [it.cp]).map(lit).join('');
      else if (it.kind === 'range') {
        pos += `${lit(it.lo)}-${lit(it.hi)}`;
        if (fold && it.hi - it.lo <= 2000) {
          for (let cp = it.lo; cp <= it.hi; cp++) for (const v of caseVariants(cp).slice(1)) pos += lit(v);
        }
      } else if (it.neg !== null) negs.push(it.neg);
      else pos += it.pos;
    }
    let src: string;
    if (negs.length === 0) src = `[${negate ? '^' : ''}${pos}]`;
    else if (!negate)
      src = `(?:${[pos === '' ? null : `[${pos}]`, ...negs.map((s) => `[^${s}]`)].filter((x) => x !== null).join('|')})`;
    else
      src = `${pos === '' ? '' : `(?![${pos}])`}${negs
        .slice(1)
        .map((s) => `(?=[${s}])`)
        .join('')}[${negs[0]}]`;
    return { src, min: 1, max: 1 };
  }

  private classEscape(flags: number, here: number): ClassItem {
    const c = this.chars[this.pos++];
    if (c === undefined) throw new RegexError('unterminated character set', here);
    const ascii = (flags & A) !== 0 || this.isBytes;
    const text = `\\${c}`;
    switch (c) {
      case 'd':
        return { kind: 'set', pos: ascii ? DIGIT_A : DIGIT_U, neg: null, text };
      case 'D':
        return { kind: 'set', pos: ascii ? NOT_DIGIT_A : NOT_DIGIT_U, neg: null, text };
      case 's':
        return { kind: 'set', pos: ascii ? SPACE_A : SPACE_U, neg: null, text };
      case 'S':
        return { kind: 'set', pos: ascii ? NOT_SPACE_A : NOT_SPACE_U, neg: null, text };
      case 'w':
        return { kind: 'set', pos: this.word(flags), neg: null, text };
      case 'W':
        return ascii
          ? { kind: 'set', pos: NOT_WORD_A, neg: null, text }
          : { kind: 'set', pos: '', neg: WORD_U, text };
      case 'b':
        return { kind: 'lit', cp: 8, text };
    }
    if (isOct(c)) {
      let digits = c;
      for (let k = 0; k < 2 && isOct(this.peek()); k++) digits += this.chars[this.pos++];
      const v = Number.parseInt(digits, 8);
      if (v > 0o377) throw new RegexError(`octal escape value \\${digits} outside of range 0-0o377`, here);
      return { kind: 'lit', cp: v, text: `\\${digits}` };
    }
    if (isDigit(c)) throw new RegexError(`bad escape ${text}`, here);
    const start = this.pos;
    const simple = this.simpleEscape(c, here);
    if (simple !== null)
      return { kind: 'lit', cp: simple, text: `\\${this.chars.slice(start - 1, this.pos).join('')}` };
    return { kind: 'lit', cp: c.codePointAt(0) as number, text };
  }
}

/** A pattern error that Python reports as ValueError rather than re.error. */
export class ValueErrorSignal {
  constructor(readonly msg: string) {}
}

/** A repeat count too large: Python's OverflowError. */
export class OverflowSignal {
  constructor(readonly msg: string) {}
}
