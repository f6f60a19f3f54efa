// The difflib module in Python: SequenceMatcher (the Ratcliff/Obershelp-style matcher with
// junk and "popular" elements, matching blocks, opcodes, grouped opcodes, the three ratios),
// get_close_matches, unified_diff, context_diff, diff_bytes, ndiff / Differ (with the '? '
// intraline hint lines) and restore, following the behaviour of CPython 3.11's module.
// HtmlDiff is in difflib-html-py.ts; the matching blocks of two strs come from _difflib
// (difflib-native.ts).

import { DIFFLIB_HTML_PY } from './difflib-html-py.js';

/** Python source of the `difflib` module, run in the module's namespace. */
export const DIFFLIB_PY =
  String.raw`"""Helpers for computing deltas between sequences: SequenceMatcher, Differ, the diff formats."""

import collections as _coll
import _difflib as _native
import heapq as _heapq
import types as _types

__all__ = [
    'get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ',
    'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff', 'unified_diff',
    'diff_bytes', 'HtmlDiff', 'Match',
]

Match = _coll.namedtuple('Match', ['a', 'b', 'size'])


def _ratio(matched, total):
    return 2.0 * matched / total if total else 1.0


class SequenceMatcher:
    """Finds the longest matching blocks of two sequences of hashable elements, recursively."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = None
        self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set both sequences to compare."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence (the cached results about b are kept)."""
        if a is not self.a:
            self.a = a
            self.matching_blocks = None
            self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence, indexing where each of its elements occurs."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = None
        self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j: element -> ascending positions in b, leaving out junk (isjunk says so) and,
        # with autojunk and 200+ elements, "popular" ones (more than 1% + 1 of b).
        where = {}
        for pos, item in enumerate(self.b):
            if item in where:
                where[item].append(pos)
            else:
                where[item] = [pos]
        junk = set()
        if self.isjunk:
            junk.update(item for item in where if self.isjunk(item))
            for item in junk:
                del where[item]
        popular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            popular.update(item for item, spots in where.items() if len(spots) > limit)
            for item in popular:
                del where[item]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest junk-free block a[i:i+k] == b[j:j+k] inside the ranges, as a Match."""
        a = self.a
        b = self.b
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        positions = self.b2j
        junk = self.bjunk
        best_i, best_j, best_k = alo, blo, 0
        # run[j]: length of the match ending at a[i-1], b[j] (for the previous i).
        run = {}
        for ia in range(alo, ahi):
            grown = {}
            for jb in positions.get(a[ia], ()):
                if jb < blo:
                    continue
                if jb >= bhi:
                    break
                k = grown[jb] = run.get(jb - 1, 0) + 1
                if k > best_k:
                    best_i, best_j, best_k = ia - k + 1, jb - k + 1, k
            run = grown
        # Widen it with equal non-junk elements (popular ones were never indexed), then
        # with equal junk on both sides.
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo
                   and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best_k += 1
            while (best_i + best_k < ahi and best_j + best_k < bhi
                   and (b[best_j + best_k] in junk) == want_junk
                   and a[best_i + best_k] == b[best_j + best_k]):
                best_k += 1
        return Match(best_i, best_j, best_k)

    def get_matching_blocks(self):
        """Matches (i, j, n) with a[i:i+n] == b[j:j+n], ascending, ending with (len(a), len(b), 0)."""
        known = self.matching_blocks
        if known is not None:
            return known
        if type(self.a) is str and type(self.b) is str:
            # Two strs: the same algorithm, run natively.
            junk = ''.join([c for c in self.bjunk if type(c) is str and len(c) == 1])
            popular = ''.join([c for c in self.bpopular if type(c) is str and len(c) == 1])
            if len(junk) == len(self.bjunk) and len(popular) == len(self.bpopular):
                blocks = [Match._make(t) for t in _native.matching_blocks(self.a, self.b, junk, popular)]
                self.matching_blocks = blocks
                return blocks
        len_a = len(self.a)
        len_b = len(self.b)
        found = []
        todo = [(0, len_a, 0, len_b)]
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            m = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = m
            if not k:
                continue
            found.append(m)
            if alo < i and blo < j:
                todo.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        # Join blocks that touch.
        merged = []
        for i, j, k in found:
            if merged:
                pi, pj, pk = merged[-1]
                if pi + pk == i and pj + pk == j:
                    merged[-1] = (pi, pj, pk + k)
                    continue
            merged.append((i, j, k))
        merged.append((len_a, len_b, 0))
        blocks = [Match._make(t) for t in merged]
        self.matching_blocks = blocks
        return blocks

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) steps turning a into b; tags replace, delete, insert, equal."""
        codes = self.opcodes
        if codes is None:
            codes = self.opcodes = []
            ia = jb = 0
            for i, j, size in self.get_matching_blocks():
                if ia < i:
                    codes.append(('replace' if jb < j else 'delete', ia, i, jb, j))
                elif jb < j:
                    codes.append(('insert', ia, i, jb, j))
                ia = i + size
                jb = j + size
                if size:
                    codes.append(('equal', i, ia, j, jb))
        return codes

    def get_grouped_opcodes(self, n=3):
        """Yield groups of opcodes with up to n lines of context around each change."""
        # (The first and last equal runs are trimmed in the opcodes list itself.)
        ops = self.get_opcodes() or [('equal', 0, 1, 0, 1)]
        if ops[0][0] == 'equal':
            t, i1, i2, j1, j2 = ops[0]
            ops[0] = t, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if ops[-1][0] == 'equal':
            t, i1, i2, j1, j2 = ops[-1]
            ops[-1] = t, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for t, i1, i2, j1, j2 in ops:
            # A stretch of more than 2n equal lines ends one group and starts the next.
            if t == 'equal' and i2 - i1 > 2 * n:
                group.append((t, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1 = max(i1, i2 - n)
                j1 = max(j1, j2 - n)
            group.append((t, i1, i2, j1, j2))
        if group and (len(group) > 1 or group[0][0] != 'equal'):
            yield group

    def ratio(self):
        """Similarity in [0, 1]: twice the matched elements over the total of both lengths."""
        matched = 0
        for block in self.get_matching_blocks():
            matched += block[-1]
        return _ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(), from the elements' counts alone."""
        counts = self.fullbcount
        if counts is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self.fullbcount = counts
        left = {}
        matched = 0
        for item in self.a:
            have = left[item] if item in left else counts.get(item, 0)
            left[item] = have - 1
            if have > 0:
                matched += 1
        return _ratio(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound on ratio(), from the lengths alone."""
        len_a = len(self.a)
        len_b = len(self.b)
        return _ratio(min(len_a, len_b), len_a + len_b)

    __class_getitem__ = classmethod(_types.GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The (at most n) possibilities most like word, best first, that score at least cutoff."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not (0.0 <= cutoff <= 1.0):
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    sm = SequenceMatcher()
    sm.set_seq2(word)
    for candidate in possibilities:
        sm.set_seq1(candidate)
        if (sm.real_quick_ratio() >= cutoff and sm.quick_ratio() >= cutoff
                and sm.ratio() >= cutoff):
            scored.append((sm.ratio(), candidate))
    return [candidate for _, candidate in _heapq.nlargest(n, scored)]


def _with_original_ws(line, tags):
    # Where a tag is a blank over a whitespace character, keep that character (a tab stays a tab).
    return ''.join([c if t == ' ' and c.isspace() else t for c, t in zip(line, tags)])


class Differ:
    """Human-readable line deltas: '- ', '+ ', '  ' lines and '? ' hints under changed lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Yield the delta between the line sequences a and b."""
        for tag, a1, a2, b1, b2 in SequenceMatcher(self.linejunk, a, b).get_opcodes():
            if tag == 'equal':
                yield from _marked(' ', a, a1, a2)
            elif tag == 'delete':
                yield from _marked('-', a, a1, a2)
            elif tag == 'insert':
                yield from _marked('+', b, b1, b2)
            else:
                yield from self._closest_pair(a, a1, a2, b, b1, b2)

    def _closest_pair(self, a, alo, ahi, b, blo, bhi):
        # Pair up the most similar lines (ratio above 0.74, at least 0.75 to count); with no
        # such pair, synchronise on the first identical pair, or else replace plainly.
        best = 0.74
        best_i = best_j = None
        same = None
        sm = SequenceMatcher(self.charjunk)
        for jb in range(blo, bhi):
            line_b = b[jb]
            sm.set_seq2(line_b)
            for ia in range(alo, ahi):
                line_a = a[ia]
                if line_a == line_b:
                    if same is None:
                        same = (ia, jb)
                    continue
                sm.set_seq1(line_a)
                if (sm.real_quick_ratio() > best and sm.quick_ratio() > best
                        and sm.ratio() > best):
                    best = sm.ratio()
                    best_i, best_j = ia, jb
        identical = best < 0.75
        if identical:
            if same is None:
                # Nothing to pair: the shorter side first.
                if ahi - alo > bhi - blo:
                    yield from _marked('+', b, blo, bhi)
                    yield from _marked('-', a, alo, ahi)
                else:
                    yield from _marked('-', a, alo, ahi)
                    yield from _marked('+', b, blo, bhi)
                return
            best_i, best_j = same
        yield from self._around(a, alo, best_i, b, blo, best_j)
        line_a = a[best_i]
        line_b = b[best_j]
        if identical:
            yield '  ' + line_a
        else:
            marks_a = []
            marks_b = []
            sm.set_seqs(line_a, line_b)
            for tag, i1, i2, j1, j2 in sm.get_opcodes():
                if tag == 'replace':
                    marks_a.append('^' * (i2 - i1))
                    marks_b.append('^' * (j2 - j1))
                elif tag == 'delete':
                    marks_a.append('-' * (i2 - i1))
                elif tag == 'insert':
                    marks_b.append('+' * (j2 - j1))
                else:
                    marks_a.append(' ' * (i2 - i1))
                    marks_b.append(' ' * (j2 - j1))
            for sign, line, marks in (('-', line_a, marks_a), ('+', line_b, marks_b)):
                yield sign + ' ' + line
                hint = _with_original_ws(line, ''.join(marks)).rstrip()
                if hint:
                    yield '? ' + hint + '\n'
        yield from self._around(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _around(self, a, a1, a2, b, b1, b2):
        # What lies before or after the paired lines: pair again, or plain deletes / inserts.
        if a1 < a2 and b1 < b2:
            yield from self._closest_pair(a, a1, a2, b, b1, b2)
        elif a1 < a2:
            yield from _marked('-', a, a1, a2)
        elif b1 < b2:
            yield from _marked('+', b, b1, b2)


def _marked(sign, lines, lo, hi):
    for k in range(lo, hi):
        yield '%s %s' % (sign, lines[k])


import re


def IS_LINE_JUNK(line, pat=re.compile(r"\s*(?:#\s*)?$").match):
    """True for a line that is blank or holds only a '#' (with whitespace)."""
    return bool(pat(line))


del re


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab."""
    return ch in ws


def _unified_range(start, stop):
    count = stop - start
    if count == 1:
        return str(start + 1)
    return '%d,%d' % (start + 1 if count else start, count)


def _context_range(start, stop):
    count = stop - start
    first = start + 1 if count else start
    if count <= 1:
        return str(first)
    return '%d,%d' % (first, first + count - 1)


def _require_str(a, b, *names):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            head = lines[0]
            raise TypeError('lines to compare must be str, not %s (%r)' % (type(head).__name__, head))
    for x in names:
        if not isinstance(x, str):
            raise TypeError('all arguments must be str, not: %r' % (x,))


def _header(mark, name, date, lineterm):
    return mark + ' ' + name + ('\t' + date if date else '') + lineterm


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """Yield the unified-format diff of the line lists a and b, n lines of context."""
    _require_str(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    first_group = True
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first_group:
            first_group = False
            yield _header('---', fromfile, fromfiledate, lineterm)
            yield _header('+++', tofile, tofiledate, lineterm)
        span_a = _unified_range(group[0][1], group[-1][2])
        span_b = _unified_range(group[0][3], group[-1][4])
        yield '@@ -' + span_a + ' +' + span_b + ' @@' + lineterm
        for tag, a1, a2, b1, b2 in group:
            if tag == 'equal':
                for line in a[a1:a2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[a1:a2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[b1:b2]:
                    yield '+' + line


_CONTEXT_MARK = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """Yield the context-format diff of the line lists a and b, n lines of context."""
    _require_str(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    first_group = True
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first_group:
            first_group = False
            yield _header('***', fromfile, fromfiledate, lineterm)
            yield _header('---', tofile, tofiledate, lineterm)
        yield '*' * 15 + lineterm
        yield '*** ' + _context_range(group[0][1], group[-1][2]) + ' ****' + lineterm
        tags = [op[0] for op in group]
        if 'replace' in tags or 'delete' in tags:
            for tag, a1, a2, _, _ in group:
                if tag != 'insert':
                    for line in a[a1:a2]:
                        yield _CONTEXT_MARK[tag] + line
        yield '--- ' + _context_range(group[0][3], group[-1][4]) + ' ----' + lineterm
        if 'replace' in tags or 'insert' in tags:
            for tag, _, _, b1, b2 in group:
                if tag != 'delete':
                    for line in b[b1:b2]:
                        yield _CONTEXT_MARK[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3, lineterm=b'\n'):
    """Run the str diff function dfunc on bytes lines (through ASCII with surrogateescape)."""
    def text(x):
        try:
            return x.decode('ascii', 'surrogateescape')
        except AttributeError as exc:
            raise TypeError('all arguments must be bytes, not %s (%r)' % (type(x).__name__, x)) from exc
    a = [text(x) for x in a]
    b = [text(x) for x in b]
    names = [text(x) for x in (fromfile, tofile, fromfiledate, tofiledate)]
    for out in dfunc(a, b, *names, n, text(lineterm)):
        yield out.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """The Differ delta of the line lists a and b (a generator)."""
    differ = Differ(linejunk, charjunk)
    return differ.compare(a, b)


def restore(delta, which):
    """Yield the lines of sequence 1 or 2 back from an ndiff/Differ delta."""
    try:
        keep = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] == "  " or line[:2] == keep:
            yield line[2:]
` + DIFFLIB_HTML_PY;
