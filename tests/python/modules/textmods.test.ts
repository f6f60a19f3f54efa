import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createInterpreter, runMain } from '../../../src/index.js';
import { nameOf } from '../../../src/python/modules/unicodedata.js';

// Runs `source` on a checked interpreter (refcounts and heap checked); returns what it printed.
function run(source: string) {
  let out = '';
  const interp = createInterpreter({
    capacity: 64 << 20,
    checked: true,
    checkedRefs: true,
    io: { stdout: (s) => (out += s), stderr: (s) => (out += s) },
  });
  const status = runMain(interp, source, '/virtual/prog.py');
  return { out, status };
}

test('unicodedata names come from the table, the CJK ranges and the Hangul jamo', () => {
  assert.equal(nameOf(0x41), 'LATIN CAPITAL LETTER A');
  assert.equal(nameOf(0x20ac), 'EURO SIGN');
  assert.equal(nameOf(0x1f600), 'GRINNING FACE');
  assert.equal(nameOf(0x4e00), 'CJK UNIFIED IDEOGRAPH-4E00');
  assert.equal(nameOf(0xf900), 'CJK COMPATIBILITY IDEOGRAPH-F900');
  assert.equal(nameOf(0xac00), 'HANGUL SYLLABLE GA');
  assert.equal(nameOf(0xd7a3), 'HANGUL SYLLABLE HIH');
  assert.equal(nameOf(0x0), null);
  assert.equal(nameOf(0x378), null);
  assert.equal(nameOf(0xe000), null);
});

test('the native fnmatch, shlex and html helpers keep reference counts right', () => {
  const { out, status } = run(
    [
      'import fnmatch',
      'names = ["a.py", "b.txt", "c.py"]',
      'print(fnmatch.filter(names, "*.py"), fnmatch.filter(tuple(names), "*.txt"), fnmatch.filter([b"x.c"], b"*.c"))',
      'print(fnmatch.fnmatchcase("x.PY", "*.PY"), fnmatch.fnmatch("a", "[!b]"), fnmatch.fnmatchcase(b"ab", b"a?"))',
      'import shlex, html',
      'print(shlex.split("a \\"b c\\" d # e", comments=True), html.unescape("x &lt; y"), html.unescape("plain"))',
      'try:',
      '    fnmatch.filter(["a", 1], "*")',
      'except TypeError as e:',
      '    print(e)',
    ].join('\n'),
  );
  assert.equal(status, 0, out);
  assert.equal(
    out,
    [
      "['a.py', 'c.py'] ['b.txt'] [b'x.c']",
      'True True True',
      "['a', 'b c', 'd'] x < y plain",
      "expected string or bytes-like object, got 'int'",
      '',
    ].join('\n'),
  );
});

test('the native html.entities and unicodedata keep their reference counts right', () => {
  const { out, status } = run(
    [
      'import html, html.entities, unicodedata, codecs',
      'print(len(html.entities.html5), html.entities.name2codepoint["amp"], html.unescape("&eacute;&#x41;&notit;"))',
      'print(unicodedata.name("a"), unicodedata.lookup("snowman"), unicodedata.numeric("\\u00bd"), unicodedata.category("\\u00e9"))',
      'print(unicodedata.name("\\x00", "none"), unicodedata.decomposition("\\u00e9"), unicodedata.normalize("NFD", "\\u00e9") == "e\\u0301")',
      's = "abc"',
      'print(unicodedata.normalize("NFC", s) is s, codecs.encode("\\u20ac", "ascii", "namereplace"))',
      'try:',
      '    unicodedata.lookup("NO SUCH NAME")',
      'except KeyError as e:',
      '    print(e)',
    ].join('\n'),
  );
  assert.equal(status, 0, out);
  assert.equal(
    out,
    [
      '2231 38 éA¬it;',
      'LATIN SMALL LETTER A ☃ 0.5 Ll',
      'none 0065 0301 True',
      "True b'\\\\N{EURO SIGN}'",
      '"undefined character name \'NO SUCH NAME\'"',
      '',
    ].join('\n'),
  );
});
