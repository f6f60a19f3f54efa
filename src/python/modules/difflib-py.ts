// The difflib module in Python: SequenceMatcher (the Ratcliff/Obershelp-style matcher with
// junk and "popular" elements, matching blocks, opcodes, grouped opcodes, the three ratios),
// get_close_matches, unified_diff, context_diff, diff_bytes, ndiff / Differ (with the '? '
// intraline hint lines) and restore, following the behaviour of CPython 3.11's module.
// Differ, the diff formats and restore are in difflib-differ-py.ts, HtmlDiff in
// difflib-html-py.ts (the three run in that order in one namespace); the matching blocks of two
// strs come from _difflib (difflib-native.ts).

import { DIFFLIB_DIFFER_PY } from './difflib-differ-py.js';
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


` +
  DIFFLIB_DIFFER_PY +
  DIFFLIB_HTML_PY;
