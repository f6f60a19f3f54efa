// The text-comparison part of pymm's unittest module (Python source, the first part of
// `<frozen unittest>`): the shortened reprs of assertEqual's first line, a line diff that
// prints what CPython 3.11's difflib.ndiff prints (same matching algorithm: longest matching
// blocks with junk and popular elements, similar-line pairing at ratio 0.75, `?` guide
// lines), and the pretty-printed layout (pprint.pformat at width 80) that list and dict
// diffs compare. pymm has no difflib or pprint; this is unittest's own copy of the facts.

/** Python source: `_pair_reprs`, `_line_diff` and `_pretty` for the assert methods. */
export const UNITTEST_DIFF_PY = String.raw`
def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= 80:
        text = text[:80] + ' [truncated]...'
    return text


def strclass(cls):
    return cls.__module__ + '.' + cls.__qualname__


def _elide(text, head, tail):
    # Replace the middle of text by '[N chars]' when that saves more than the marker's width.
    cut = len(text) - head - tail
    if cut <= 12:
        return text
    return text[:head] + '[%d chars]' % cut + text[len(text) - tail:]


def _pair_reprs(*objs):
    # The reprs of assertEqual's first line: at most about 80 characters each, the shared
    # beginning and then the differing rest elided as needed.
    reprs = [safe_repr(o) for o in objs]
    widest = max(len(r) for r in reprs)
    if widest <= 80:
        return tuple(reprs)
    low, high = min(reprs), max(reprs)
    same = 0
    while same < len(low) and low[same] == high[same]:
        same += 1
    shared = low[:same]
    room = 80 - (widest - same + 17)
    if room > 5:
        shared = _elide(shared, 5, room)
        return tuple(shared + r[same:] for r in reprs)
    shared = _elide(shared, 5, 5)
    return tuple(shared + _elide(r[same:], 41, 5) for r in reprs)


class _Blocks:
    # Longest-matching-block comparison of two sequences, the b side indexed once.
    # junk: a predicate on b's items (None: no junk); b items that are too common (more
    # than 1 % of 200 or more) are not used as anchors.
    def __init__(self, b, junk=None):
        self.b = b
        where = {}
        for pos, item in enumerate(b):
            where.setdefault(item, []).append(pos)
        self.junk = set()
        if junk is not None:
            for item in list(where):
                if junk(item):
                    self.junk.add(item)
                    del where[item]
        if len(b) >= 200:
            limit = len(b) // 100 + 1
            for item in [k for k, v in where.items() if len(v) > limit]:
                del where[item]
        self.where = where
        self.counts = None

    def _longest(self, a, alo, ahi, blo, bhi):
        b, where, junk = self.b, self.where, self.junk
        bi, bj, size = alo, blo, 0
        runs = {}
        for i in range(alo, ahi):
            nxt = {}
            for j in where.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                n = nxt[j] = runs.get(j - 1, 0) + 1
                if n > size:
                    bi, bj, size = i - n + 1, j - n + 1, n
            runs = nxt
        for want_junk in (False, True):
            while (bi > alo and bj > blo and (b[bj - 1] in junk) == want_junk
                   and a[bi - 1] == b[bj - 1]):
                bi, bj, size = bi - 1, bj - 1, size + 1
            while (bi + size < ahi and bj + size < bhi
                   and (b[bj + size] in junk) == want_junk and a[bi + size] == b[bj + size]):
                size += 1
        return bi, bj, size

    def matches(self, a):
        # The matching blocks (i, j, n), in order, adjacent ones merged, ending (len a, len b, 0).
        found = []
        todo = [(0, len(a), 0, len(self.b))]
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, n = self._longest(a, alo, ahi, blo, bhi)
            if n:
                found.append((i, j, n))
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + n < ahi and j + n < bhi:
                    todo.append((i + n, ahi, j + n, bhi))
        found.sort()
        merged = []
        for i, j, n in found:
            if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
                merged[-1] = (merged[-1][0], merged[-1][1], merged[-1][2] + n)
            else:
                merged.append((i, j, n))
        merged.append((len(a), len(self.b), 0))
        return merged

    def steps(self, a):
        # (kind, alo, ahi, blo, bhi) covering both sequences; kind is one of
        # 'equal', 'replace', 'delete', 'insert'.
        out = []
        i = j = 0
        for ai, bj, n in self.matches(a):
            if i < ai and j < bj:
                out.append(('replace', i, ai, j, bj))
            elif i < ai:
                out.append(('delete', i, ai, j, bj))
            elif j < bj:
                out.append(('insert', i, ai, j, bj))
            i, j = ai + n, bj + n
            if n:
                out.append(('equal', ai, i, bj, j))
        return out

    def similarity(self, a, floor):
        # The ratio 2*M/T of a against b if it exceeds floor (after the cheap upper bounds), else -1.
        total = len(a) + len(self.b)
        if not total:
            return 1.0
        if 2.0 * min(len(a), len(self.b)) / total <= floor:
            return -1
        if self.counts is None:
            self.counts = {}
            for item in self.b:
                self.counts[item] = self.counts.get(item, 0) + 1
        left = dict(self.counts)
        common = 0
        for item in a:
            if left.get(item, 0) > 0:
                left[item] -= 1
                common += 1
        if 2.0 * common / total <= floor:
            return -1
        ratio = 2.0 * sum(n for _, _, n in self.matches(a)) / total
        return ratio if ratio > floor else -1


def _is_blank_char(ch):
    return ch in ' \t'


def _emit(out, mark, lines, lo, hi):
    for k in range(lo, hi):
        out.append(mark + ' ' + lines[k])


def _guide(line, marks):
    # A '?' line's marks, keeping the line's own tabs and spaces under unmarked characters.
    kept = ''.join(c if m == ' ' and c.isspace() else m for c, m in zip(line, marks))
    return kept.rstrip()


def _pair_up(out, a, alo, ahi, b, blo, bhi):
    # A replaced block: sync on the most similar pair of lines, mark its changes, recurse.
    best, bi, bj = 0.74, -1, -1
    same_i = same_j = -1
    for j in range(blo, bhi):
        blocks = _Blocks(b[j], _is_blank_char)
        for i in range(alo, ahi):
            if a[i] == b[j]:
                if same_i < 0:
                    same_i, same_j = i, j
                continue
            r = blocks.similarity(a[i], best)
            if r > best:
                best, bi, bj = r, i, j
    if best < 0.75:
        if same_i < 0:
            if bhi - blo < ahi - alo:
                _emit(out, '+', b, blo, bhi)
                _emit(out, '-', a, alo, ahi)
            else:
                _emit(out, '-', a, alo, ahi)
                _emit(out, '+', b, blo, bhi)
            return
        bi, bj = same_i, same_j
        identical = True
    else:
        identical = False
    _between(out, a, alo, bi, b, blo, bj)
    left, right = a[bi], b[bj]
    if identical:
        out.append('  ' + left)
    else:
        lmarks = rmarks = ''
        for kind, i1, i2, j1, j2 in _Blocks(right, _is_blank_char).steps(left):
            if kind == 'equal':
                lmarks += ' ' * (i2 - i1)
                rmarks += ' ' * (j2 - j1)
            elif kind == 'replace':
                lmarks += '^' * (i2 - i1)
                rmarks += '^' * (j2 - j1)
            elif kind == 'delete':
                lmarks += '-' * (i2 - i1)
            else:
                rmarks += '+' * (j2 - j1)
        lmarks, rmarks = _guide(left, lmarks), _guide(right, rmarks)
        out.append('- ' + left)
        if lmarks:
            out.append('? ' + lmarks + '\n')
        out.append('+ ' + right)
        if rmarks:
            out.append('? ' + rmarks + '\n')
    _between(out, a, bi + 1, ahi, b, bj + 1, bhi)


def _between(out, a, alo, ahi, b, blo, bhi):
    if alo < ahi and blo < bhi:
        _pair_up(out, a, alo, ahi, b, blo, bhi)
    elif alo < ahi:
        _emit(out, '-', a, alo, ahi)
    elif blo < bhi:
        _emit(out, '+', b, blo, bhi)


def _line_diff(a, b):
    # The lines difflib.ndiff(a, b) gives: '  ', '- ', '+ ' and '? ' prefixed.
    out = []
    for kind, alo, ahi, blo, bhi in _Blocks(b).steps(a):
        if kind == 'equal':
            _emit(out, ' ', a, alo, ahi)
        elif kind == 'delete':
            _emit(out, '-', a, alo, ahi)
        elif kind == 'insert':
            _emit(out, '+', b, blo, bhi)
        else:
            _pair_up(out, a, alo, ahi, b, blo, bhi)
    return out


def _pretty(obj):
    # The text assertEqual's diffs compare: pprint.pformat's, as in CPython (imported only
    # when a test fails with a diff).
    import pprint
    return pprint.pformat(obj)
`;
