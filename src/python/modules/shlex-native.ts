// The _shlex helper of the shlex module: shlex.split's common case (a str, POSIX mode, the
// default whitespace, quotes and escape, '#' comments or none) lexed in JS with the same state
// machine as shlex.read_token, so that split() does not run the Python lexer per character.

import type { Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import type { Interpreter } from '../vm/interp.js';

const BLANKS = ' \t\r\n';

/** The words of `s` as shlex.split(s, comments) gives them in POSIX mode. */
export function splitPosix(s: string, comments: boolean): string[] {
  const words: string[] = [];
  const n = s.length;
  let i = 0;
  // ' ' between words, 'a' in a word, a quote character inside quotes, '\\' after an
  // escape, '' past the end.
  let state = ' ';
  for (;;) {
    let token = '';
    let quoted = false;
    let resume = ' ';
    for (;;) {
      const ch = i < n ? s[i++] : '';
      if (state === '') break;
      let done = false;
      if (state === ' ' || state === 'a') {
        if (ch === '') {
          state = '';
          break;
        }
        if (BLANKS.includes(ch)) {
          state = ' ';
          done = true;
        } else if (comments && ch === '#') {
          const nl = s.indexOf('\n', i);
          i = nl < 0 ? n : nl + 1;
          if (state === 'a') {
            state = ' ';
            done = true;
          }
        } else if (ch === '\\') {
          resume = 'a';
          state = '\\';
        } else if (ch === '"' || ch === "'") {
          state = ch;
        } else {
          token += ch;
          state = 'a';
        }
      } else if (state === '\\') {
        if (ch === '') throw new PyErr('ValueError', 'No escaped character');
        // Inside quotes only the quote or the escape itself can be escaped.
        if ((resume === '"' || resume === "'") && ch !== '\\' && ch !== resume) token += '\\';
        token += ch;
        state = resume;
      } else {
        quoted = true;
        if (ch === '') throw new PyErr('ValueError', 'No closing quotation');
        if (ch === state) state = 'a';
        else if (ch === '\\' && state === '"') {
          resume = state;
          state = '\\';
        } else token += ch;
      }
      if (done && (token !== '' || quoted)) break;
    }
    if (token === '' && !quoted) return words;
    words.push(token);
  }
}

/** Fills the _shlex module: split(s, comments) for an exact str. */
export function initShlexNativeModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  interp.defNative(dict, 'split', (_s, a) => {
    const words = splitPosix(n.jsStr(a[0]), interp.truthy(a[1]));
    return n.list(words.map((w) => n.str(w)));
  });
}
