// difflib's side-by-side HTML: _mdiff (the paired, marked-up lines of an ndiff delta, with
// context windows) and HtmlDiff (make_table, make_file, tab expansion, line wrapping, the
// next-change links), following the behaviour of CPython 3.11's module. Appended to the
// difflib source (difflib-py.ts).

/** Python source of difflib's HTML part, run in the difflib module's namespace after the rest. */
export const DIFFLIB_HTML_PY = String.raw`

import re as _re

_HINT_RUN = _re.compile(r'(\++|\-+|\^+)')


def _mdiff(fromlines, tolines, context=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Yield ((num, text) | None, (num, text) | None, changed) side-by-side rows of an ndiff
    delta; changed text is wrapped in NUL + one of '+-^' ... chr(1); with context, only that
    many rows around changes, with (None, None, None) between the groups."""
    delta = ndiff(fromlines, tolines, linejunk, charjunk)
    counters = [0, 0]

    def take(pending, mark, side):
        # The next line of one side: plain (mark None), hinted ('?', the hint line follows it)
        # or wholly added / deleted ('+' / '-').
        counters[side] += 1
        if mark is None:
            return (counters[side], pending.pop(0)[2:])
        if mark == '?':
            line = pending.pop(0)
            hints = pending.pop(0)
            runs = [(m.group(1)[0], m.span()) for m in _HINT_RUN.finditer(hints)]
            for kind, (lo, hi) in reversed(runs):
                line = line[:lo] + '\0' + kind + line[lo:hi] + '\1' + line[hi:]
            return (counters[side], line[2:])
        return (counters[side], '\0' + mark + (pending.pop(0)[2:] or ' ') + '\1')

    def singles():
        # Rows with one or both sides, judged from the kinds of the next four delta lines;
        # blank rows keep the two sides level around unpaired deletes and inserts.
        pending = []
        unlevel = 0
        while True:
            while len(pending) < 4:
                pending.append(next(delta, 'X'))
            kinds = ''.join([p[0] for p in pending])
            owed = 0
            if kinds.startswith('X'):
                owed = unlevel
            elif kinds.startswith('-?+?'):
                yield take(pending, '?', 0), take(pending, '?', 1), True
                continue
            elif kinds.startswith('--++'):
                unlevel -= 1
                yield take(pending, '-', 0), None, True
                continue
            elif kinds.startswith(('--?+', '--+', '- ')):
                row = (take(pending, '-', 0), None)
                owed, unlevel = unlevel - 1, 0
            elif kinds.startswith('-+?'):
                yield take(pending, None, 0), take(pending, '?', 1), True
                continue
            elif kinds.startswith('-?+'):
                yield take(pending, '?', 0), take(pending, None, 1), True
                continue
            elif kinds.startswith('-'):
                unlevel -= 1
                yield take(pending, '-', 0), None, True
                continue
            elif kinds.startswith('+--'):
                unlevel += 1
                yield None, take(pending, '+', 1), True
                continue
            elif kinds.startswith(('+ ', '+-')):
                row = (None, take(pending, '+', 1))
                owed, unlevel = unlevel + 1, 0
            elif kinds.startswith('+'):
                unlevel += 1
                yield None, take(pending, '+', 1), True
                continue
            elif kinds.startswith(' '):
                yield take(pending[:], None, 0), take(pending, None, 1), False
                continue
            while owed < 0:
                owed += 1
                yield None, ('', '\n'), True
            while owed > 0:
                owed -= 1
                yield ('', '\n'), None, True
            if kinds.startswith('X'):
                return
            yield row[0], row[1], True

    def pairs():
        # Rows with both sides, one-sided rows queued until the other side has one.
        lefts = []
        rights = []
        source = singles()
        while True:
            while not lefts or not rights:
                try:
                    left, right, changed = next(source)
                except StopIteration:
                    return
                if left is not None:
                    lefts.append((left, changed))
                if right is not None:
                    rights.append((right, changed))
            left, changed_left = lefts.pop(0)
            right, changed_right = rights.pop(0)
            yield left, right, changed_left or changed_right

    source = pairs()
    if context is None:
        yield from source
        return
    window = context + 1
    while True:
        # Keep the last 'window' rows until a changed one; then the rest of the change and
        # up to 'context' rows after it.
        ring = [None] * window
        seen = 0
        changed = False
        while changed is False:
            try:
                row = next(source)
            except StopIteration:
                return
            ring[seen % window] = row
            changed = row[2]
            seen += 1
        if seen > window:
            yield None, None, None
            count = window
        else:
            count = seen
            seen = 0
        while count:
            yield ring[seen % window]
            seen += 1
            count -= 1
        count = window - 1
        try:
            while count:
                row = next(source)
                count = window - 1 if row[2] else count - 1
                yield row
        except StopIteration:
            return


def _indented(*rows):
    # A template from (indent, text) rows, each on its own line after a leading newline.
    return ''.join(['\n' + ' ' * indent + text for indent, text in rows])


class HtmlDiff(object):
    """Side-by-side HTML tables (or whole pages) of the differences between two line lists,
    with intraline change marks and links to the next change."""

    _file_template = _indented(
        (0, '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"'),
        (10, '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'),
        (0, ''), (0, '<html>'), (0, ''), (0, '<head>'),
        (4, '<meta http-equiv="Content-Type"'),
        (10, 'content="text/html; charset=%(charset)s" />'),
        (4, '<title></title>'),
        (4, '<style type="text/css">%(styles)s'),
        (4, '</style>'), (0, '</head>'), (0, ''), (0, '<body>'),
        (4, '%(table)s%(legend)s'), (0, '</body>'), (0, ''), (0, '</html>'))

    _styles = _indented(
        (8, 'table.diff {font-family:Courier; border:medium;}'),
        (8, '.diff_header {background-color:#e0e0e0}'),
        (8, 'td.diff_header {text-align:right}'),
        (8, '.diff_next {background-color:#c0c0c0}'),
        (8, '.diff_add {background-color:#aaffaa}'),
        (8, '.diff_chg {background-color:#ffff77}'),
        (8, '.diff_sub {background-color:#ffaaaa}'))

    _table_template = _indented(
        (4, '<table class="diff" id="difflib_chg_%(prefix)s_top"'),
        (11, 'cellspacing="0" cellpadding="0" rules="groups" >'),
        (8, '<colgroup></colgroup> ' * 2 + '<colgroup></colgroup>'),
        (8, '<colgroup></colgroup> ' * 2 + '<colgroup></colgroup>'),
        (8, '%(header_row)s'),
        (8, '<tbody>'),
        (0, '%(data_rows)s        </tbody>'),
        (4, '</table>'))

    _legend = _indented(
        (4, '<table class="diff" summary="Legends">'),
        (8, '<tr> <th colspan="2"> Legends </th> </tr>'),
        (8, '<tr> <td> <table border="" summary="Colors">'),
        (22, '<tr><th> Colors </th> </tr>'),
        (22, '<tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>'),
        (22, '<tr><td class="diff_chg">Changed</td> </tr>'),
        (22, '<tr><td class="diff_sub">Deleted</td> </tr>'),
        (18, '</table></td>'),
        (13, '<td> <table border="" summary="Links">'),
        (22, '<tr><th colspan="2"> Links </th> </tr>'),
        (22, '<tr><td>(f)irst change</td> </tr>'),
        (22, '<tr><td>(n)ext change</td> </tr>'),
        (22, '<tr><td>(t)op</td> </tr>'),
        (18, '</table></td> </tr>'),
        (4, '</table>'))

    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='', context=False, numlines=5, *, charset='utf-8'):
        """A complete XHTML page with the table of make_table and the legend."""
        table = self.make_table(fromlines, tolines, fromdesc, todesc, context=context, numlines=numlines)
        page = self._file_template % {'styles': self._styles, 'legend': self._legend,
                                      'table': table, 'charset': charset}
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def _expand_tabs(self, line):
        # Tabs become spaces (keeping the original spaces apart), the newline goes.
        line = line.replace(' ', '\0').expandtabs(self._tabsize).replace(' ', '\t')
        return line.replace('\0', ' ').rstrip('\n')

    def _wrap(self, out, number, text):
        # Cut text into rows of at most wrapcolumn visible characters ('>' numbers the rest),
        # closing and reopening a change mark that a cut falls inside.
        limit = self._wrapcolumn
        while number and len(text) > limit and len(text) - text.count('\0') * 3 > limit:
            i = shown = 0
            mark = ''
            while shown < limit and i < len(text):
                c = text[i]
                if c == '\0':
                    mark = text[i + 1]
                    i += 2
                elif c == '\1':
                    mark = ''
                    i += 1
                else:
                    i += 1
                    shown += 1
            head, text = text[:i], text[i:]
            if mark:
                head += '\1'
                text = '\0' + mark + text
            out.append((number, head))
            number = '>'
        out.append((number, text))

    def _wrapped(self, rows):
        for left, right, flag in rows:
            if flag is None:
                yield left, right, flag
                continue
            lefts = []
            rights = []
            self._wrap(lefts, *left)
            self._wrap(rights, *right)
            while lefts or rights:
                yield (lefts.pop(0) if lefts else ('', ' '),
                       rights.pop(0) if rights else ('', ' '), flag)

    def _cells(self, side, number, text):
        if isinstance(number, int):
            number = '%d' % number
            anchor = ' id="%s%s"' % (self._prefix[side], number)
        else:
            anchor = ''
        text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
        text = text.replace(' ', '&nbsp;').rstrip()
        return '<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>' % (anchor, number, text)

    def make_table(self, fromlines, tolines, fromdesc='', todesc='', context=False, numlines=5):
        """An XHTML table of the side-by-side differences (all lines, or with context only
        numlines around each change)."""
        start = HtmlDiff._default_prefix
        HtmlDiff._default_prefix += 1
        self._prefix = ['from%d_' % start, 'to%d_' % start]
        to_prefix = self._prefix[1]
        rows = _mdiff([self._expand_tabs(x) for x in fromlines],
                      [self._expand_tabs(x) for x in tolines],
                      numlines if context else None,
                      linejunk=self._linejunk, charjunk=self._charjunk)
        if self._wrapcolumn:
            rows = self._wrapped(rows)
        lefts, rights, flags = [], [], []
        for left, right, flag in rows:
            if left is None or right is None:
                lefts.append(None)
                rights.append(None)
            else:
                lefts.append(self._cells(0, *left))
                rights.append(self._cells(1, *right))
            flags.append(flag)
        # Anchors: each change gets an id numlines rows above it and an 'n' link to the next.
        ids = [''] * len(flags)
        links = [''] * len(flags)
        changes = 0
        inside = False
        last = 0
        for i, flag in enumerate(flags):
            if not flag:
                inside = False
                continue
            if not inside:
                inside = True
                last = i
                ids[max(0, i - numlines)] = ' id="difflib_chg_%s_%d"' % (to_prefix, changes)
                changes += 1
                links[i] = '<a href="#difflib_chg_%s_%d">n</a>' % (to_prefix, changes)
        if not flags:
            flags, ids, links, last = [False], [''], [''], 0
            note = 'No Differences Found' if context else 'Empty File'
            lefts = rights = ['<td></td><td>&nbsp;%s&nbsp;</td>' % note]
        if not flags[0]:
            links[0] = '<a href="#difflib_chg_%s_0">f</a>' % to_prefix
        links[last] = '<a href="#difflib_chg_%s_top">t</a>' % to_prefix
        body = []
        for i, flag in enumerate(flags):
            if flag is None:
                if i > 0:
                    body.append('        </tbody>        \n        <tbody>\n')
                continue
            body.append('            <tr><td class="diff_next"%s>%s</td>%s<td class="diff_next">%s</td>%s</tr>\n'
                        % (ids[i], links[i], lefts[i], links[i], rights[i]))
        if fromdesc or todesc:
            head = ('<thead><tr><th class="diff_next"><br /></th>'
                    '<th colspan="2" class="diff_header">%s</th>'
                    '<th class="diff_next"><br /></th>'
                    '<th colspan="2" class="diff_header">%s</th></tr></thead>' % (fromdesc, todesc))
        else:
            head = ''
        table = self._table_template % {'data_rows': ''.join(body), 'header_row': head,
                                        'prefix': to_prefix}
        for code, html in (('\0+', '<span class="diff_add">'), ('\0-', '<span class="diff_sub">'),
                           ('\0^', '<span class="diff_chg">'), ('\1', '</span>'), ('\t', '&nbsp;')):
            table = table.replace(code, html)
        return table
`;
