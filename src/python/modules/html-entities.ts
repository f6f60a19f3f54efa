// The html.entities module, built natively from the generated table (a Python loop over
// 2,231 references made `import html` cost a third of a second): html5 (keys ordered as
// CPython 3.11's, case-insensitively then by exact text), name2codepoint (the HTML 4.01
// names), codepoint2name and entitydefs; and the _html helper whose unescape html.unescape uses.

import type { Ptr } from '../../heap/index.js';
import type { Interpreter } from '../vm/interp.js';
import { HTML4_ENTITY_NAMES, HTML5_ENTITY_TABLE } from './html-entities-data.js';

/** The HTML5 references as [key, text] pairs, in html5's order. */
function html5Pairs(): [string, string][] {
  const pairs: [string, string][] = [];
  for (const item of HTML5_ENTITY_TABLE.split(/\s+/)) {
    if (item === '') continue;
    const eq = item.indexOf('=');
    const bare = item[0] === '!';
    const name = item.slice(bare ? 1 : 0, eq);
    const text = String.fromCodePoint(
      ...item
        .slice(eq + 1)
        .split('+')
        .map((h) => Number.parseInt(h, 16)),
    );
    if (bare) pairs.push([name, text]);
    pairs.push([`${name};`, text]);
  }
  const key = (s: string) => s.toLowerCase();
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  pairs.sort((p, q) => cmp(key(p[0]), key(q[0])) || cmp(p[0], q[0]));
  return pairs;
}

/** The HTML 4.01 names with their code points (lang and rang differ from HTML5's). */
function html4Pairs(html5: Map<string, string>): [string, number][] {
  const special: Record<string, number> = { lang: 0x2329, rang: 0x232a };
  return HTML4_ENTITY_NAMES.split(/\s+/)
    .filter((s) => s !== '')
    .map((name) => [name, special[name] ?? (html5.get(`${name};`) as string).codePointAt(0)]);
}

/** Sets dict[key] = value, consuming the new references to both. */
function put(interp: Interpreter, dict: Ptr, key: Ptr, value: Ptr): void {
  interp.n.dictSet(dict, key, value);
  interp.decref(key);
  interp.decref(value);
}

/** Sets dict[name] = value for an identifier, consuming the new reference to the value. */
function putName(interp: Interpreter, dict: Ptr, name: string, value: Ptr): void {
  interp.n.dictSet(dict, interp.n.intern(name), value);
  interp.decref(value);
}

/** html5 as a JS map (made on the first unescape). */
let html5Map: Map<string, string> | null = null;

// What numeric references to 0x80-0x9F mean (windows-1252, as HTML5 says).
const C1 =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

// The text of a numeric reference to `digits` (decimal, or hex after x/X), by HTML5's rules.
function numericReference(digits: string, hex: boolean): string {
  const trimmed = digits.replace(/^0+/, '');
  if (trimmed.length > 8) return '\ufffd'; // beyond 0x10FFFF in either base
  const cp = Number.parseInt(trimmed || '0', hex ? 16 : 10);
  if (cp === 0) return '\ufffd';
  if (cp === 13) return '\r';
  if (cp >= 0x80 && cp <= 0x9f) return C1[cp - 0x80];
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  const dropped =
    cp <= 8 ||
    cp === 11 ||
    (cp >= 14 && cp <= 31) ||
    (cp >= 127 && cp <= 159) ||
    (cp >= 0xfdd0 && cp <= 0xfdef) ||
    (cp & 0xfffe) === 0xfffe;
  return dropped ? '' : String.fromCodePoint(cp);
}

const REFERENCE = /&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)/gu;

/** html.unescape(s): every named and numeric character reference replaced, as CPython 3.11 does. */
export function unescapeHtml(s: string): string {
  if (!s.includes('&')) return s;
  if (html5Map === null) html5Map = new Map(html5Pairs());
  const table = html5Map;
  return s.replace(REFERENCE, (_m, ref: string) => {
    if (ref[0] === '#') {
      const hex = ref[1] === 'x' || ref[1] === 'X';
      const digits = ref.slice(hex ? 2 : 1).replace(/;$/, '');
      return numericReference(digits, hex);
    }
    const found = table.get(ref);
    if (found !== undefined) return found;
    // The longest known name (they can stand without ';') that starts the reference.
    const chars = Array.from(ref);
    for (let end = chars.length - 1; end > 1; end--) {
      const head = chars.slice(0, end).join('');
      const text = table.get(head);
      if (text !== undefined) return text + chars.slice(end).join('');
    }
    return `&${ref}`;
  });
}

/** Fills the _html helper module: unescape(s) for exact strs. */
export function initHtmlNativeModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  interp.defNative(dict, 'unescape', (_s, a) => {
    const n = interp.n;
    if (a.length !== 1 || !n.isStr(a[0])) return interp.newNone();
    const s = n.jsStr(a[0]);
    const out = unescapeHtml(s);
    return out === s ? interp.ref(a[0]) : n.str(out);
  });
}

/** Fills the html.entities module. */
export function initHtmlEntitiesModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  const pairs = html5Pairs();
  const html5 = n.dict();
  for (const [k, v] of pairs) put(interp, html5, n.str(k), n.str(v));
  const names = html4Pairs(new Map(pairs));
  const name2codepoint = n.dict();
  const codepoint2name = n.dict();
  const entitydefs = n.dict();
  for (const [name, cp] of names) {
    put(interp, name2codepoint, n.str(name), n.int(cp));
    put(interp, codepoint2name, n.int(cp), n.str(name));
    put(interp, entitydefs, n.str(name), n.str(String.fromCodePoint(cp)));
  }
  const all = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs'];
  putName(interp, dict, '__all__', n.list(all.map((s) => n.str(s))));
  putName(interp, dict, '__doc__', n.str('HTML character entity references.'));
  for (const [name, value] of [
    ['html5', html5],
    ['name2codepoint', name2codepoint],
    ['codepoint2name', codepoint2name],
    ['entitydefs', entitydefs],
  ] as const)
    putName(interp, dict, name, value);
}
