// The textwrap module in Python: TextWrapper (word, hyphen and em-dash chunking, long words, sentence endings, max_lines with a placeholder), wrap, fill, shorten, dedent, indent, following the behaviour of CPython 3.11's module.

/** Python source of the `textwrap` module, run in the module's namespace. */
export const TEXTWRAP_PY = String.raw`"""Wrapping and filling of plain text: wrap, fill, shorten, dedent, indent, TextWrapper."""

import re as _re

__all__ = [
    'TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten',
]

# The characters TextWrapper treats as whitespace (str.isspace() knows more).
_SPACES = '\t\n\x0b\x0c\r '


def _splitters():
    """The regular expressions that cut text into words, spaces and hyphen pieces."""
    ws = '[' + _re.escape(_SPACES) + ']'
    parts = {
        'ws': ws,
        'nws': '[^' + _re.escape(_SPACES) + ']',
        'wp': r'[\w!"\'&.,?]',          # may stand before an em-dash
        'lt': r'[^\d\W]',               # a letter
    }
    # A chunk is a run of whitespace; an em-dash (two or more '-') between words; or a
    # (shortest) run of non-space ending in a hyphen that has two letters, or a letter-dash-
    # letter, before it and a letter (maybe after one more dash) then a letter after it; or
    # ending at whitespace or the end; or ending before an em-dash.
    word_end = '|'.join([
        r'-(?:(?<=%(lt)s{2}-)|(?<=%(lt)s-%(lt)s-))(?=%(lt)s-?%(lt)s)',
        r'(?=%(ws)s|\Z)',
        r'(?<=%(wp)s)(?=-{2,}\w)',
    ])
    chunk = '|'.join([
        '%(ws)s+',
        r'(?<=%(wp)s)-{2,}(?=\w)',
        '%(nws)s+?(?:' + word_end + ')',
    ])
    return _re.compile('(' + chunk % parts + ')'), _re.compile('(%s+)' % ws)


_OPTIONS = ('width', 'initial_indent', 'subsequent_indent', 'expand_tabs', 'replace_whitespace',
            'fix_sentence_endings', 'break_long_words', 'drop_whitespace', 'break_on_hyphens',
            'tabsize', 'max_lines', 'placeholder')


def _space_chunks(text, splitter):
    """What splitting text (whose only whitespace is ' ') with the class's own splitter
    gives, found with str.split: runs of spaces, and words, each cut by splitter at its
    hyphens. (A word's pieces depend on the word alone: the splitter's look-arounds
    see only letters, word characters and dashes, and the spaces around a word are none.)"""
    chunks = []
    spaces = 0
    for k, word in enumerate(text.split(' ')):
        if k:
            spaces += 1
        if not word:
            continue
        if spaces:
            chunks.append(' ' * spaces)
            spaces = 0
        if splitter is not None and '-' in word:
            chunks.extend(piece for piece in splitter.split(word) if piece)
        else:
            chunks.append(word)
    if spaces:
        chunks.append(' ' * spaces)
    return chunks


class TextWrapper:
    """Wraps paragraphs of text into lines of at most width characters; the options are
    attributes of the same names, read on every call."""

    unicode_whitespace_trans = {ord(c): ord(' ') for c in _SPACES}
    wordsep_re, wordsep_simple_re = _splitters()
    # A sentence ends in a lower-case letter, a '.', '!' or '?', and maybe a closing quote.
    sentence_end_re = _re.compile(r'[a-z][\.\!\?][\"\']?\Z')

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        given = locals()
        for name in _OPTIONS:
            setattr(self, name, given[name])

    # -- cutting text into chunks -------------------------------------------------------

    def _munge_whitespace(self, text):
        """text with tabs expanded and each whitespace character made a space (as set)."""
        out = text.expandtabs(self.tabsize) if self.expand_tabs else text
        if self.replace_whitespace:
            table = self.unicode_whitespace_trans
            # (The class's own table changes nothing in a text whose only whitespace is ' '.)
            if table is not _SPLITTERS['table'] or any(c in out for c in _SPACES[:-1]):
                out = out.translate(table)
        return out

    def _split(self, text):
        """The chunks of text: words (cut after hyphens if break_on_hyphens) and spaces."""
        hyphens = self.break_on_hyphens is True
        splitter = self.wordsep_re if hyphens else self.wordsep_simple_re
        if splitter is _SPLITTERS[hyphens] and not any(c in text for c in _SPACES[:-1]):
            return _space_chunks(text, splitter if hyphens else None)
        return [piece for piece in splitter.split(text) if piece]

    def _fix_sentence_endings(self, chunks):
        """Makes the single space after each sentence's end two spaces, in place."""
        ends = self.sentence_end_re.search
        i = 0
        last = len(chunks) - 1
        while i < last:
            if chunks[i + 1] == ' ' and ends(chunks[i]):
                chunks[i + 1] = '  '
                i += 1
            i += 1

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- filling lines ------------------------------------------------------------------

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Puts as much of the next chunk, too long for any line, on the current line."""
        room = width - cur_len if width >= 1 else 1
        if not self.break_long_words:
            if not cur_line:
                # Nothing on the line yet: the word goes whole, overflowing it.
                cur_line.append(reversed_chunks[-1])
                del reversed_chunks[-1]
            return
        word = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(word) > room:
            # Prefer to cut just after the last hyphen that fits, unless only dashes precede it.
            dash = word.rfind('-', 0, room)
            if dash > 0 and word[:dash].strip('-'):
                cut = dash + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _wrap_chunks(self, chunks):
        """The lines made of chunks (consumed), each within width with its indent."""
        full = self.width
        if full <= 0:
            raise ValueError('invalid width %r (must be > 0)' % full)
        limit = self.max_lines
        mark = self.placeholder
        if limit is not None:
            lead = self.subsequent_indent if limit > 1 else self.initial_indent
            if len(lead) + len(mark.lstrip()) > full:
                raise ValueError('placeholder too large for max width')
        drop = self.drop_whitespace
        todo = chunks
        todo.reverse()          # the next chunk is todo[-1]
        lines = []
        while todo:
            lead = self.subsequent_indent if lines else self.initial_indent
            room = full - len(lead)
            if drop and lines and not todo[-1].strip():
                todo.pop()      # no line but the first starts with whitespace
            line = []
            used = 0
            while todo and used + len(todo[-1]) <= room:
                used += len(todo[-1])
                line.append(todo.pop())
            if todo and len(todo[-1]) > room:
                self._handle_long_word(todo, line, used, room)
                used = sum(len(piece) for piece in line)
            if drop and line and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            rest_blank = not todo or (drop and len(todo) == 1 and not todo[0].strip())
            if limit is None or len(lines) + 1 < limit or (rest_blank and used <= room):
                lines.append(lead + ''.join(line))
                continue
            # The last line allowed, with text left over: end it with the placeholder,
            # dropping chunks until it fits (or moving it to the line before).
            while line:
                if line[-1].strip() and used + len(mark) <= room:
                    lines.append(lead + ''.join(line) + mark)
                    return lines
                used -= len(line.pop())
            if lines:
                before = lines[-1].rstrip()
                if len(before) + len(mark) <= full:
                    lines[-1] = before + mark
                    return lines
            lines.append(lead + mark.lstrip())
            return lines
        return lines

    def wrap(self, text):
        """The lines of the wrapped text, without final newlines."""
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """The wrapped text as one string, its lines joined by newlines."""
        return '\n'.join(self.wrap(text))


# The splitters and table TextWrapper is born with; a subclass's own ones take the slow path.
_SPLITTERS = {True: TextWrapper.wordsep_re, False: TextWrapper.wordsep_simple_re,
              'table': TextWrapper.unicode_whitespace_trans}


def wrap(text, width=70, **kwargs):
    """The lines of text wrapped to width; kwargs are TextWrapper's options."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """text wrapped to width as one string; kwargs are TextWrapper's options."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its whitespace collapsed, cut to fit width with a placeholder if needed."""
    words = text.strip().split()
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(' '.join(words))


def dedent(text):
    """text with the leading spaces and tabs common to all its non-blank lines removed
    (lines of only spaces and tabs are emptied)."""
    lines = text.split('\n')
    margin = None
    for i in range(len(lines)):
        line = lines[i]
        body = line.lstrip(' \t')
        if not body:
            lines[i] = ''
            continue
        lead = line[:len(line) - len(body)]
        if margin is None:
            margin = lead
        elif not lead.startswith(margin):
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """text with prefix added to the lines for which predicate is true (by default the
    lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
`;
