// The `re` module: natives that compile Python patterns to JS RegExps (re-parse.ts) and run
// them with Python's positions and empty-match rules; Pattern, Match and the module
// functions are Python code (re-py.ts) on top of them.

import type { Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { latin1Text, PyErr } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';
import {
  OverflowSignal,
  RE_FLAGS,
  RegexError,
  type Translated,
  translate,
  ValueErrorSignal,
} from './re-parse.js';
import { RE_PY } from './re-py.js';
import { runWithTpNameHook } from './tpname.js';

// One compiled pattern: the translation and its three RegExps (search, match, fullmatch).
interface Compiled {
  t: Translated;
  isBytes: boolean;
  search: RegExp;
  match: RegExp;
  full: RegExp;
}

// The subject of the last search, with its code-point ↔ UTF-16 maps when it has non-BMP text.
interface Subject {
  text: string;
  /** Code points (= Python's len). */
  length: number;
  /** Code-point index → UTF-16 index (null when they are the same). */
  toU16: Int32Array | null;
  /** UTF-16 index → code-point index. */
  toCp: Int32Array | null;
}

/** Compiled patterns of one interpreter, by id, and the subject cache. */
class ReState {
  readonly compiled: Compiled[] = [];
  readonly byKey = new Map<string, number>();
  last: Subject | null = null;
}

/** Fills the re module. */
export function initReModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  const state = new ReState();
  const int = (op: Ptr, what: string) => {
    if (!n.isInt(op))
      throw new PyErr(
        'TypeError',
        `'${interp.space.typeName(op)}' object cannot be interpreted as an integer (${what})`,
      );
    const v = n.intSafe(op);
    if (!Number.isNaN(v)) return v;
    return O.long_size(interp.space, op) < 0 ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  };

  // _native_compile(pattern, flags) -> (id, flags, groups, groupindex, parents) | (None, msg, pos)
  interp.defNative(dict, '_native_compile', (_s, a, k) => {
    argCount('_native_compile', a, k, 2, 2);
    const isBytes = n.isBytes(a[0]);
    if (!isBytes && !n.isStr(a[0]))
      throw new PyErr('TypeError', 'first argument must be string or compiled pattern');
    const text = isBytes ? latin1Text(n.bytesValue(a[0])) : n.jsStr(a[0]);
    const flags = int(a[1], 'flags');
    const key = `${isBytes ? 'b' : 's'}${flags}:${text}`;
    let id = state.byKey.get(key);
    if (id === undefined) {
      let t: Translated;
      try {
        t = translate(text, flags, isBytes);
      } catch (e) {
        if (e instanceof RegexError)
          return n.tuple([interp.newNone(), n.str(e.msg), e.pos < 0 ? interp.newNone() : n.int(e.pos)]);
        if (e instanceof ValueErrorSignal) throw new PyErr('ValueError', e.msg);
        if (e instanceof OverflowSignal) throw new PyErr('OverflowError', e.msg);
        throw e;
      }
      let search: RegExp;
      let match: RegExp;
      let full: RegExp;
      const jsFlags = `u${t.jsFlags}${t.groups > 0 ? 'd' : ''}`;
      try {
        search = new RegExp(t.source, `${jsFlags}g`);
        match = new RegExp(t.source, `${jsFlags}y`);
        full = new RegExp(`(?:${t.source})(?![\\s\\S])`, `${jsFlags}y`);
      } catch (e) {
        return n.tuple([
          interp.newNone(),
          n.str(`pymm cannot translate this pattern (${(e as Error).message})`),
          n.int(0),
        ]);
      }
      id = state.compiled.length;
      state.compiled.push({ t, isBytes, search, match, full });
      state.byKey.set(key, id);
    }
    const c = state.compiled[id];
    const index = n.dict();
    for (const [name, g] of c.t.groupIndex) {
      const v = n.int(g);
      n.dictSet(index, n.intern(name), v);
      interp.decref(v);
    }
    return n.tuple([
      n.int(id),
      n.int(c.t.flags),
      n.int(c.t.groups),
      index,
      n.tuple(c.t.parent.map((p) => n.int(p))),
    ]);
  });

  // The subject's text and index maps (cached for the last one).
  const subject = (c: Compiled, op: Ptr): Subject => {
    if (c.isBytes) {
      if (n.isStr(op)) throw new PyErr('TypeError', 'cannot use a bytes pattern on a string-like object');
      if (!n.isBytes(op))
        throw new PyErr(
          'TypeError',
          `expected string or bytes-like object, got '${interp.space.typeName(op)}'`,
        );
    } else if (!n.isStr(op)) {
      if (n.isBytes(op)) throw new PyErr('TypeError', 'cannot use a string pattern on a bytes-like object');
      throw new PyErr(
        'TypeError',
        `expected string or bytes-like object, got '${interp.space.typeName(op)}'`,
      );
    }
    const text = c.isBytes ? latin1Text(n.bytesValue(op)) : n.jsStr(op);
    const last = state.last;
    if (last !== null && last.text === text) return last;
    const length = c.isBytes ? text.length : n.size(op);
    let toU16: Int32Array | null = null;
    let toCp: Int32Array | null = null;
    if (length !== text.length) {
      toU16 = new Int32Array(length + 1);
      toCp = new Int32Array(text.length + 1);
      let u = 0;
      for (let cp = 0; cp < length; cp++) {
        toU16[cp] = u;
        toCp[u] = cp;
        const code = text.charCodeAt(u);
        if (code >= 0xd800 && code < 0xdc00 && u + 1 < text.length) {
          toCp[u + 1] = cp;
          u += 2;
        } else u++;
      }
      toU16[length] = u;
      toCp[u] = length;
    }
    const s = { text, length, toU16, toCp };
    state.last = s;
    return s;
  };
  const clamp = (s: Subject, posP: Ptr | undefined, endP: Ptr | undefined): [number, number] => {
    let pos = posP === undefined || posP === interp.none ? 0 : int(posP, 'pos');
    let end = endP === undefined || endP === interp.none ? s.length : int(endP, 'endpos');
    pos = Math.max(0, Math.min(pos, s.length));
    end = Math.max(0, Math.min(end, s.length));
    return [pos, end];
  };
  const u16 = (s: Subject, cp: number) => (s.toU16 === null ? cp : s.toU16[cp]);
  const cpOf = (s: Subject, u: number) => (s.toCp === null ? u : s.toCp[u]);
  // A match as the flat span tuple (start0, end0, start1, end1, …; -1 for groups that did not match).
  const spans = (
    c: Compiled,
    s: Subject,
    m: RegExpExecArray,
    bounds: [number, number] | null = null,
  ): Ptr => {
    const start = m.index;
    const out = [n.int(cpOf(s, start)), n.int(cpOf(s, start + m[0].length))];
    const groups = (
      m as RegExpExecArray & { indices?: { groups?: Record<string, [number, number] | undefined> } }
    ).indices?.groups;
    for (let g = 1; g <= c.t.groups; g++) {
      const span = groups?.[`p${g}`];
      if (span === undefined) out.push(n.int(-1), n.int(-1));
      else out.push(n.int(cpOf(s, span[0])), n.int(cpOf(s, span[1])));
    }
    if (bounds !== null) out.push(n.int(bounds[0]), n.int(bounds[1]));
    return n.tuple(out);
  };
  const subjectText = (s: Subject, end: number) => (end === s.length ? s.text : s.text.slice(0, u16(s, end)));
  const compiledOf = (op: Ptr) => state.compiled[int(op, 'id')];

  // _exec(id, string, pos, endpos, mode) -> spans + (pos, endpos) | None; mode 0 search, 1 match,
  // 2 fullmatch.
  interp.defNative(dict, '_exec', (_s, a, k) => {
    argCount('_exec', a, k, 5, 5);
    const c = compiledOf(a[0]);
    const s = subject(c, a[1]);
    const [pos, end] = clamp(s, a[2], a[3]);
    const mode = int(a[4], 'mode');
    const re = mode === 0 ? c.search : mode === 1 ? c.match : c.full;
    if (pos > end) return interp.newNone();
    re.lastIndex = u16(s, pos);
    const m = re.exec(subjectText(s, end));
    return m === null ? interp.newNone() : spans(c, s, m, [pos, end]);
  });

  // Successive matches as finditer finds them (Python's empty-match rules), at most `limit` (≤ 0: all).
  const scan = (c: Compiled, s: Subject, pos: number, end: number, limit: number): RegExpExecArray[] => {
    const text = subjectText(s, end);
    const out: RegExpExecArray[] = [];
    const re = c.search;
    let at = u16(s, pos);
    const stop = text.length;
    let mustAdvance = false;
    while ((limit <= 0 || out.length < limit) && at <= stop) {
      re.lastIndex = at;
      let m = re.exec(text);
      if (m === null) break;
      if (mustAdvance && m[0].length === 0 && m.index === at) {
        // An empty match where the last one ended: Python looks one character further.
        if (at >= stop) break;
        at += (text.codePointAt(at) as number) > 0xffff ? 2 : 1;
        re.lastIndex = at;
        m = re.exec(text);
        if (m === null) break;
      }
      out.push(m);
      const e = m.index + m[0].length;
      mustAdvance = e === m.index;
      at = e;
    }
    return out;
  };

  // _scan(id, string, pos, endpos, limit) -> [spans, …].
  interp.defNative(dict, '_scan', (_s, a, k) => {
    argCount('_scan', a, k, 5, 5);
    const c = compiledOf(a[0]);
    const s = subject(c, a[1]);
    const [pos, end] = clamp(s, a[2], a[3]);
    return n.list(scan(c, s, pos, end, int(a[4], 'limit')).map((m) => spans(c, s, m)));
  });

  // The text of group g of a match, or undefined if it did not take part.
  const groupText = (m: RegExpExecArray, g: number): string | undefined =>
    g === 0 ? m[0] : (m.groups as Record<string, string | undefined> | undefined)?.[`p${g}`];
  const result = (c: Compiled, text: string): Ptr => (c.isBytes ? n.bytes(fromLatin1(text)) : n.str(text));

  // _findall(id, string, pos, endpos) -> list as Pattern.findall returns it.
  interp.defNative(dict, '_findall', (_s, a, k) => {
    argCount('_findall', a, k, 4, 4);
    const c = compiledOf(a[0]);
    const s = subject(c, a[1]);
    const [pos, end] = clamp(s, a[2], a[3]);
    const groups = c.t.groups;
    const item = (m: RegExpExecArray): Ptr => {
      if (groups <= 1) return result(c, groupText(m, groups) ?? '');
      const parts: Ptr[] = [];
      for (let g = 1; g <= groups; g++) parts.push(result(c, groupText(m, g) ?? ''));
      return n.tuple(parts);
    };
    return n.list(scan(c, s, pos, end, 0).map(item));
  });

  // _sub(id, string, template, count) -> (text, n) for a template of literals and group numbers.
  interp.defNative(dict, '_sub', (_s, a, k) => {
    argCount('_sub', a, k, 4, 4);
    const c = compiledOf(a[0]);
    const s = subject(c, a[1]);
    const template = n
      .listItems(a[2])
      .map((x) => (n.isInt(x) ? n.intSafe(x) : c.isBytes ? latin1Text(n.bytesValue(x)) : n.jsStr(x)));
    const found = scan(c, s, 0, s.length, int(a[3], 'count'));
    const text = s.text;
    let out = '';
    let last = 0;
    for (const m of found) {
      out += text.slice(last, m.index);
      for (const t of template) out += typeof t === 'string' ? t : (groupText(m, t) ?? '');
      last = m.index + m[0].length;
    }
    out += text.slice(last);
    return n.tuple([result(c, out), n.int(found.length)]);
  });

  const flags = n.dict();
  for (const [name, v] of Object.entries(RE_FLAGS)) {
    const value = n.int(v);
    n.dictSet(flags, n.intern(name), value);
    interp.decref(value);
  }
  n.dictSet(dict, n.intern('_FLAGS'), flags);
  interp.decref(flags);
  runWithTpNameHook(interp, RE_PY, '<frozen re>', dict);
}

// A string of code units 0-255 back to bytes.
function fromLatin1(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}
