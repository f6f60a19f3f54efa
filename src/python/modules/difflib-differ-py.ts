// difflib's line deltas: Differ (with the '? ' intraline hint lines) and ndiff, the unified and
// context diff formats, diff_bytes, IS_LINE_JUNK / IS_CHARACTER_JUNK and restore, following
// the behaviour of CPython 3.11's module. Runs after difflib-py.ts's part, in its namespace.

/** Python source of difflib's Differ, diff formats and restore (after the SequenceMatcher part). */
export const DIFFLIB_DIFFER_PY = String.raw`def _with_original_ws(line, tags):
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
`;
