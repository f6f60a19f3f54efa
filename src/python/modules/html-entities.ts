// The html.entities module, built natively from the generated table (a Python loop over
// 2,231 references made `import html` cost a third of a second): html5 (keys ordered as
// CPython 3.11's, case-insensitively then by exact text), name2codepoint (the HTML 4.01
// names), codepoint2name and entitydefs.

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
