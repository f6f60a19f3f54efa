// Adjacent string literals and f-strings, as CPython 3.11's Parser/string_parser.c builds them:
// literals are concatenated; if any piece is an f-string the result is a JoinedStr whose Constant
// and FormattedValue parts all carry the whole concatenation's span (a 3.11 quirk we keep), while
// the expressions inside get their real positions (parsed as "(expr)" where the '{' stood).

import type { Constant, Expr, FormattedValue, JoinedStr, Loc } from './ast.js';
import type { PySyntaxError } from './errors.js';
import { span, tokEnd, tokStart } from './parserbase.js';
import { DecodeError, decodeBytes, decodeStr, type StringPiece, splitString } from './strings.js';
import { utf8Length } from './tokenizer.js';
import type { Token } from './tokens.js';

/** What the string layer needs from the parser. */
export interface StringContext {
  /** Parses `text` ("(" expression ")") whose first character sits at line/byte column. */
  parseFExpr(text: string, lineno: number, col: number): Expr;
  /** A SyntaxError located at a token (`atToken`) or else at the last token read. */
  error(tok: Token, msg: string, atToken?: boolean): PySyntaxError;
}

type Part = { lit: string } | { node: FormattedValue };

/** Joins adjacent STRING tokens into one Constant or JoinedStr node. */
export function concatStrings(toks: Token[], ctx: StringContext): Expr {
  const pieces = toks.map(splitString);
  const loc = span(tokStart(toks[0]!), tokEnd(toks[toks.length - 1]!));
  // Piece by piece, as _PyPegen_concatenate_strings: decode, check bytes/str mixing, then f-strings.
  const bytes: Uint8Array[] = [];
  const parts: Part[] = [];
  let fstring = false;
  pieces.forEach((p, k) => {
    let decoded: string | Uint8Array | null = null;
    if (!p.fstring) {
      try {
        decoded = p.bytes ? decodeBytes(p.body, p.raw) : p.raw ? p.body : decodeStr(p.body);
      } catch (e) {
        if (e instanceof DecodeError) throw ctx.error(p.tok, e.msg, e.msg.startsWith('bytes can only'));
        throw e;
      }
    }
    if (k > 0 && p.bytes !== pieces[0]!.bytes)
      throw ctx.error(p.tok, 'cannot mix bytes and nonbytes literals');
    if (p.fstring) {
      fstring = true;
      new FStringScanner(p, ctx, loc).scan(0, 0, false, parts);
    } else if (decoded instanceof Uint8Array) bytes.push(decoded);
    else addLit(parts, decoded!);
  });
  if (pieces[0]!.bytes) {
    const all = new Uint8Array(bytes.reduce((a, b) => a + b.length, 0));
    let o = 0;
    for (const b of bytes) {
      all.set(b, o);
      o += b.length;
    }
    return { _type: 'Constant', value: { tag: 'bytes', value: all }, kind: null, ...loc };
  }
  if (!fstring) {
    const value = parts.length > 0 && 'lit' in parts[0]! ? parts[0].lit : '';
    return { _type: 'Constant', value: { tag: 'str', value }, kind: pieces[0]!.unicode ? 'u' : null, ...loc };
  }
  return { _type: 'JoinedStr', values: partsToNodes(parts, loc), ...loc };
}

function addLit(parts: Part[], s: string): void {
  if (s === '') return;
  const last = parts[parts.length - 1];
  if (last !== undefined && 'lit' in last) last.lit += s;
  else parts.push({ lit: s });
}

function decodeLit(p: StringPiece, s: string, ctx: StringContext): string {
  if (p.raw) return s;
  // A backslash just before a brace stays itself (decode_unicode_with_escapes on a literal
  // that ends in a lone backslash): f'\{6*7}' is '\\42'.
  let tail = 0;
  while (tail < s.length && s[s.length - 1 - tail] === '\\') tail++;
  try {
    if (tail % 2 === 1) return `${decodeStr(s.slice(0, -1))}\\`;
    return decodeStr(s);
  } catch (e) {
    if (e instanceof DecodeError) throw ctx.error(p.tok, e.msg);
    throw e;
  }
}

/** Turns parts into nodes; a trailing literal gets `lastLoc` (3.11 gives format specs' last literal their own span). */
function partsToNodes(parts: Part[], loc: Loc, lastLoc: Loc = loc): Expr[] {
  return parts.map((p, k): Expr => {
    if ('node' in p) return p.node;
    const where = k === parts.length - 1 ? lastLoc : loc;
    const c: Constant = { _type: 'Constant', value: { tag: 'str', value: p.lit }, kind: null, ...where };
    return c;
  });
}

/** Scans one f-string token's body into literal and replacement-field parts. */
class FStringScanner {
  private readonly p: StringPiece;
  private readonly ctx: StringContext;
  private readonly loc: Loc;
  private readonly s: string;

  constructor(p: StringPiece, ctx: StringContext, loc: Loc) {
    this.p = p;
    this.ctx = ctx;
    this.loc = loc;
    this.s = p.body;
  }

  private err(msg: string): PySyntaxError {
    return this.ctx.error(this.p.tok, msg);
  }

  /** Scans from `i`; in a format spec, stops at the closing '}' and returns its index. */
  scan(i: number, depth: number, inSpec: boolean, parts: Part[]): number {
    const s = this.s;
    const raw = this.p.raw;
    let chunk = '';
    while (i < s.length) {
      const c = s[i]!;
      if (c === '\\' && !raw && s[i + 1] === 'N' && s[i + 2] === '{') {
        // An unclosed \N{ runs to the end, where decoding reports it malformed.
        const e = s.indexOf('}', i);
        const end = e < 0 ? s.length : e + 1;
        chunk += s.slice(i, end);
        i = end;
        continue;
      }
      if (c === '{' || c === '}') {
        if (!inSpec && s[i + 1] === c) {
          chunk += c;
          addLit(parts, decodeLit(this.p, chunk.slice(0, -1), this.ctx) + c);
          chunk = '';
          i += 2;
          continue;
        }
        addLit(parts, decodeLit(this.p, chunk, this.ctx));
        chunk = '';
        if (c === '}') {
          if (inSpec) return i;
          throw this.err("f-string: single '}' is not allowed");
        }
        i = this.field(i, depth, parts);
        continue;
      }
      chunk += c;
      i++;
    }
    addLit(parts, decodeLit(this.p, chunk, this.ctx));
    if (inSpec) throw this.err("f-string: expecting '}'");
    return i;
  }

  /** Parses one replacement field starting at the '{' at `i`; returns the index after its '}'. */
  private field(i: number, depth: number, parts: Part[]): number {
    const s = this.s;
    if (depth >= 2) throw this.err('f-string: expressions nested too deeply');
    const open = i;
    i++;
    const stack: string[] = [];
    let quote = '';
    let tripleQ = false;
    for (; i < s.length; i++) {
      const c = s[i]!;
      if (c === '\\') throw this.err('f-string expression part cannot include a backslash');
      if (quote !== '') {
        if (c === quote && (!tripleQ || (s[i + 1] === c && s[i + 2] === c))) {
          if (tripleQ) i += 2;
          quote = '';
        }
        continue;
      }
      if (c === "'" || c === '"') {
        tripleQ = s[i + 1] === c && s[i + 2] === c;
        if (tripleQ) i += 2;
        quote = c;
        continue;
      }
      if (c === '[' || c === '(' || c === '{') {
        stack.push(c);
        continue;
      }
      if (c === '#') throw this.err("f-string expression part cannot include '#'");
      if (stack.length === 0 && '!:}=<>'.includes(c)) {
        const nx = s[i + 1];
        if (nx === '=' && c !== ':' && c !== '}') {
          i++;
          continue;
        }
        if (c === '<' || c === '>') continue;
        break;
      }
      if (c === ']' || c === ')' || c === '}') {
        const o = stack.pop();
        if (o === undefined) throw this.err(`f-string: unmatched '${c}'`);
        const want = o === '(' ? ')' : o === '[' ? ']' : '}';
        if (want !== c)
          throw this.err(`f-string: closing parenthesis '${c}' does not match opening parenthesis '${o}'`);
      }
    }
    if (quote !== '') throw this.err('f-string: unterminated string');
    if (stack.length > 0) throw this.err(`f-string: unmatched '${stack[stack.length - 1]}'`);
    if (i >= s.length) throw this.err("f-string: expecting '}'");
    const exprText = s.slice(open + 1, i);
    if (/^[ \t\f\n]*$/.test(exprText)) {
      if (s[i] === '!' || s[i] === ':' || s[i] === '=')
        throw this.err(`f-string: expression required before '${s[i]}'`);
      throw this.err('f-string: empty expression not allowed');
    }
    const [line, col] = this.position(open);
    const value = this.ctx.parseFExpr(`(${exprText})`, line, col);
    let conversion = -1;
    let debug = false;
    if (s[i] === '=') {
      i++;
      while (i < s.length && /[ \t\f\n]/.test(s[i]!)) i++;
      addLit(parts, s.slice(open + 1, i));
      debug = true;
    }
    if (s[i] === '!') {
      const k = s[i + 1];
      if (k === undefined) throw this.err("f-string: expecting '}'");
      if (k !== 's' && k !== 'r' && k !== 'a') {
        throw this.err("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = k.charCodeAt(0);
      i += 2;
    }
    let spec: JoinedStr | null = null;
    if (s[i] === ':') {
      const specParts: Part[] = [];
      const end = this.scan(i + 1, depth + 1, true, specParts);
      const specLoc = span(tokStart(this.p.tok), tokEnd(this.p.tok));
      spec = { _type: 'JoinedStr', values: partsToNodes(specParts, this.loc, specLoc), ...specLoc };
      i = end;
    }
    if (s[i] !== '}') throw this.err("f-string: expecting '}'");
    if (debug && conversion === -1 && spec === null) conversion = 114;
    parts.push({ node: { _type: 'FormattedValue', value, conversion, format_spec: spec, ...this.loc } });
    return i + 1;
  }

  /** Line and byte column of body index `k` in the source. */
  private position(k: number): [number, number] {
    const tok = this.p.tok;
    const before = tok.s.slice(0, this.p.bodyStart + k);
    const nl = before.lastIndexOf('\n');
    if (nl < 0) return [tok.lineno, tok.col + utf8Length(before)];
    let lines = 0;
    for (let j = 0; j < before.length; j++) if (before[j] === '\n') lines++;
    return [tok.lineno + lines, utf8Length(before.slice(nl + 1))];
  }
}
