// The `json` module: a native scanner (as CPython's _json.scanstring/scan_once, with its error
// messages) and native string quoting; encoder and decoder classes are Python (json-py.ts).

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';
import { encodeJson } from './json-encode.js';
import { JSON_DECODER_PY, JSON_ENCODER_PY, JSON_SCANNER_PY } from './json-parts-py.js';
import { JSON_PY } from './json-py.js';

// A syntax error found by the scanner: message and UTF-16 position.
class ScanError {
  constructor(
    readonly msg: string,
    readonly pos: number,
  ) {}
}

// The hooks a JSONDecoder passes (NULL when None).
interface Hooks {
  objectHook: Ptr;
  pairsHook: Ptr;
  parseFloat: Ptr;
  parseInt: Ptr;
  parseConstant: Ptr;
  strict: boolean;
}

const WS = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;
const MAX_DEPTH = 990;

/** Fills the json module (its natives, then the Python half). */
export function initJsonModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  const none = interp.none;
  const hook = (op: Ptr) => (op === none ? NULL : op);

  // _scan_once(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int,
  // parse_constant) -> (value, end) | (None, msg, pos) with positions in code points.
  interp.defNative(dict, '_scan_once', (_s, a, k) => {
    argCount('_scan_once', a, k, 8, 8);
    const text = n.jsStr(a[0]);
    const hooks: Hooks = {
      strict: interp.truthy(a[2]),
      objectHook: hook(a[3]),
      pairsHook: hook(a[4]),
      parseFloat: hook(a[5]),
      parseInt: hook(a[6]),
      parseConstant: hook(a[7]),
    };
    const astral = text.length !== n.size(a[0]);
    const toU16 = (cp: number) => (astral ? [...text].slice(0, cp).join('').length : cp);
    const toCp = (u: number) => (astral ? [...text.slice(0, u)].length : u);
    const scanner = new Scanner(interp, text, hooks);
    try {
      const [value, end] = scanner.value(toU16(n.intSafe(a[1])), 0);
      return n.tuple([value, n.int(toCp(end))]);
    } catch (e) {
      if (e instanceof ScanError) return n.tuple([interp.newNone(), n.str(e.msg), n.int(toCp(e.pos))]);
      throw e;
    } finally {
      scanner.release();
    }
  });

  // _encode(obj, default, ensure_ascii, indent, key_sep, item_sep, sort_keys, skipkeys,
  // allow_nan, check_circular) -> the JSON text of obj.
  interp.defNative(dict, '_encode', (_s, a, k) => {
    argCount('_encode', a, k, 10, 10);
    const text = (op: Ptr) => n.jsStr(op);
    // c_make_encoder's argument checks (key_separator is its 5th argument, item_separator its
    // 6th); with an indent CPython's Python encoder fails on joining them instead.
    for (const [at, pos] of [
      [5, 6],
      [4, 5],
    ]) {
      if (n.isStr(a[at])) continue;
      const what = interp.space.typeName(a[at]);
      if (a[3] === none)
        throw new PyErr('TypeError', `make_encoder() argument ${pos} must be str, not ${what}`);
      throw new PyErr('TypeError', `can't concat str to ${what}`);
    }
    // CPython calls its c_make_encoder object here, through tp_call: one recursion level.
    return interp.callGuard(() =>
      n.str(
        encodeJson(interp, a[0], {
          defaultFn: a[1],
          ensureAscii: interp.truthy(a[2]),
          indent: a[3] === none ? null : text(a[3]),
          keySeparator: text(a[4]),
          itemSeparator: text(a[5]),
          sortKeys: interp.truthy(a[6]),
          skipKeys: interp.truthy(a[7]),
          allowNan: interp.truthy(a[8]),
          checkCircular: interp.truthy(a[9]),
        }),
      ),
    );
  });

  // _encode_str(s, ensure_ascii) -> the JSON string literal for s.
  interp.defNative(dict, '_encode_str', (_s, a, k) => {
    argCount('_encode_str', a, k, 2, 2);
    return n.str(quote(n.jsStr(a[0]), interp.truthy(a[1])));
  });
  const path = n.list([]);
  n.dictSet(dict, n.intern('__path__'), path);
  interp.decref(path);
  interp.runPythonInto(JSON_PY, '<frozen json>', dict);
}

/** A JSON string literal as json.dumps writes it. */
export function quote(s: string, ensureAscii: boolean): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string | null = null;
    if (c === 0x22) esc = '\\"';
    else if (c === 0x5c) esc = '\\\\';
    else if (c < 0x20 || (ensureAscii && c > 0x7e)) {
      esc =
        c === 0x0a
          ? '\\n'
          : c === 0x0d
            ? '\\r'
            : c === 0x09
              ? '\\t'
              : c === 0x08
                ? '\\b'
                : c === 0x0c
                  ? '\\f'
                  : `\\u${c.toString(16).padStart(4, '0')}`;
    }
    if (esc !== null) {
      out += s.slice(run, i) + esc;
      run = i + 1;
    }
  }
  return `${out + s.slice(run)}"`;
}

// The recursive-descent scanner; every value it returns is a new reference.
class Scanner {
  /** The object keys read so far, by text: repeated keys share one str (the scanner's memo). */
  private readonly memo = new Map<string, Ptr>();

  constructor(
    private readonly interp: Interpreter,
    private readonly s: string,
    private readonly hooks: Hooks,
  ) {}

  /** The memo's str equal to `key` (a new reference; `key` is consumed), else `key` kept. */
  memoized(key: Ptr): Ptr {
    const text = this.interp.n.jsStr(key);
    const known = this.memo.get(text);
    if (known === undefined) {
      this.memo.set(text, this.interp.ref(key));
      return key;
    }
    this.interp.decref(key);
    return this.interp.ref(known);
  }

  /** Drops the memo's references (the end of a scan). */
  release(): void {
    for (const key of this.memo.values()) this.interp.decref(key);
    this.memo.clear();
  }

  private ws(i: number): number {
    while (i < this.s.length && WS(this.s.charCodeAt(i))) i++;
    return i;
  }

  value(i: number, depth: number): [Ptr, number] {
    const s = this.s;
    const n = this.interp.n;
    if (i >= s.length) throw new ScanError('Expecting value', i);
    const c = s[i];
    if (c === '"') return this.string(i + 1);
    if (c === '{') return this.nested(() => this.object(i + 1, depth + 1), depth, 'object');
    if (c === '[') return this.nested(() => this.array(i + 1, depth + 1), depth, 'array');
    if (c === 'n' && s.startsWith('null', i)) return [this.interp.newNone(), i + 4];
    if (c === 't' && s.startsWith('true', i)) return [this.interp.bool(true), i + 4];
    if (c === 'f' && s.startsWith('false', i)) return [this.interp.bool(false), i + 5];
    if (c === 'N' && s.startsWith('NaN', i)) return [this.constant('NaN', Number.NaN), i + 3];
    if (c === 'I' && s.startsWith('Infinity', i))
      return [this.constant('Infinity', Number.POSITIVE_INFINITY), i + 8];
    if (c === '-' && s.startsWith('-Infinity', i)) {
      return [this.constant('-Infinity', Number.NEGATIVE_INFINITY), i + 9];
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(s);
    if (m === null) throw new ScanError('Expecting value', i);
    const text = m[0];
    const end = i + text.length;
    if (m[1] === undefined && m[2] === undefined) {
      if (this.hooks.parseInt !== NULL) return [this.callHook(this.hooks.parseInt, text), end];
      const v = Number(text);
      if (Number.isSafeInteger(v)) return [n.int(v), end];
      // int(text), as CPython's scanner calls it: the int_max_str_digits limit applies.
      const digits = text.length - (text[0] === '-' ? 1 : 0);
      const limit = this.interp.space.intMaxStrDigits;
      if (limit > 0 && digits > limit)
        throw new PyErr(
          'ValueError',
          `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`,
        );
      return [n.bigint(BigInt(text)), end];
    }
    if (this.hooks.parseFloat !== NULL) return [this.callHook(this.hooks.parseFloat, text), end];
    return [n.float(Number(text)), end];
  }

  private nested(f: () => [Ptr, number], depth: number, what: string): [Ptr, number] {
    if (depth >= MAX_DEPTH) {
      throw new PyErr(
        'RecursionError',
        `maximum recursion depth exceeded while decoding a JSON ${what} from a unicode string`,
      );
    }
    return f();
  }

  private constant(name: string, v: number): Ptr {
    if (this.hooks.parseConstant !== NULL) return this.callHook(this.hooks.parseConstant, name);
    return this.interp.n.float(v);
  }

  private callHook(f: Ptr, text: string): Ptr {
    const arg = this.interp.n.str(text);
    try {
      return this.interp.callBorrowed(f, [arg]);
    } finally {
      this.interp.decref(arg);
    }
  }

  // After the opening quote at start - 1.
  private string(start: number): [Ptr, number] {
    const s = this.s;
    let out = '';
    let i = start;
    let run = i;
    for (;;) {
      if (i >= s.length) throw new ScanError('Unterminated string starting at', start - 1);
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        out += s.slice(run, i);
        return [this.interp.n.str(out), i + 1];
      }
      if (c === 0x5c) {
        out += s.slice(run, i);
        const e = s[i + 1];
        if (e === undefined) throw new ScanError('Unterminated string starting at', start - 1);
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u') {
          let cu = this.hex4(i + 2, i + 1);
          i += 6;
          if (cu >= 0xd800 && cu < 0xdc00 && s[i] === '\\' && s[i + 1] === 'u') {
            const lo = this.hex4(i + 2, i + 1);
            if (lo >= 0xdc00 && lo < 0xe000) {
              cu = 0x10000 + ((cu - 0xd800) << 10) + (lo - 0xdc00);
              i += 6;
            }
          }
          out += String.fromCodePoint(cu);
        } else throw new ScanError('Invalid \\escape', i);
        run = i;
        continue;
      }
      if (c < 0x20 && this.hooks.strict) throw new ScanError('Invalid control character at', i);
      i++;
    }
  }

  private hex4(i: number, errPos: number): number {
    const h = this.s.slice(i, i + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(h)) throw new ScanError('Invalid \\uXXXX escape', errPos);
    return Number.parseInt(h, 16);
  }

  // After '{'.
  private object(start: number, depth: number): [Ptr, number] {
    const interp = this.interp;
    const n = interp.n;
    const s = this.s;
    const pairs: Ptr[] = [];
    const usePairs = this.hooks.pairsHook !== NULL;
    const d = usePairs ? NULL : n.dict();
    let i = this.ws(start);
    try {
      if (s[i] !== '}') {
        for (;;) {
          if (s[i] !== '"') throw new ScanError('Expecting property name enclosed in double quotes', i);
          const [fresh, afterKey] = this.string(i + 1);
          const key = this.memoized(fresh);
          let value: Ptr = NULL;
          try {
            i = this.ws(afterKey);
            if (s[i] !== ':') throw new ScanError("Expecting ':' delimiter", i);
            i = this.ws(i + 1);
            [value, i] = this.value(i, depth);
            if (usePairs) pairs.push(n.tuple([interp.ref(key), interp.ref(value)]));
            else n.dictSet(d, key, value);
          } finally {
            interp.decref(key);
            if (value !== NULL) interp.decref(value);
          }
          i = this.ws(i);
          if (s[i] === '}') break;
          if (s[i] !== ',') throw new ScanError("Expecting ',' delimiter", i);
          i = this.ws(i + 1);
        }
      }
    } catch (e) {
      for (const p of pairs) interp.decref(p);
      if (d !== NULL) interp.decref(d);
      throw e;
    }
    if (usePairs) {
      const list = n.list(pairs);
      try {
        return [interp.callBorrowed(this.hooks.pairsHook, [list]), i + 1];
      } finally {
        interp.decref(list);
      }
    }
    if (this.hooks.objectHook !== NULL) {
      try {
        return [interp.callBorrowed(this.hooks.objectHook, [d]), i + 1];
      } finally {
        interp.decref(d);
      }
    }
    return [d, i + 1];
  }

  // After '['.
  private array(start: number, depth: number): [Ptr, number] {
    const interp = this.interp;
    const n = interp.n;
    const s = this.s;
    const list = n.list([]);
    let i = this.ws(start);
    try {
      if (s[i] !== ']') {
        for (;;) {
          const [v, end] = this.value(i, depth);
          n.listAppend(list, v);
          interp.decref(v);
          i = this.ws(end);
          if (s[i] === ']') break;
          if (s[i] !== ',') throw new ScanError("Expecting ',' delimiter", i);
          i = this.ws(i + 1);
        }
      }
    } catch (e) {
      interp.decref(list);
      throw e;
    }
    return [list, i + 1];
  }
}

/** Fills json.decoder (JSONDecoder and JSONDecodeError shared with json, scanstring). */
export function initJsonDecoderModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  interp.runPythonInto(JSON_DECODER_PY, '<frozen json.decoder>', dict);
}

/** Fills json.encoder (JSONEncoder shared with json, encode_basestring(_ascii)). */
export function initJsonEncoderModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  interp.runPythonInto(JSON_ENCODER_PY, '<frozen json.encoder>', dict);
}

/** Fills json.scanner (make_scanner). */
export function initJsonScannerModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  interp.runPythonInto(JSON_SCANNER_PY, '<frozen json.scanner>', dict);
}
