// The shlex module in Python: the shlex lexer (POSIX and compatibility modes, quotes, escapes,
// comments, whitespace_split, punctuation_chars, pushback, source inclusion), split, quote and
// join, following the behaviour of CPython 3.11's module. split() of a str in POSIX mode runs
// the same lexer natively (_shlex, shlex-native.ts).

/** Python source of the `shlex` module, run in the module's namespace. */
export const SHLEX_PY = String.raw`"""A simple lexer for shell-like syntax: shlex, split, quote, join."""

import os
import re
import sys
import collections
import _shlex as _native
import io

__all__ = ["shlex", "split", "quote", "join"]

_ASCII_WORD = 'abcdfeghij' + 'klmnopqrstuvwxyz' + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' + '0123456789_'
_LATIN1_WORD = ''.join(map(chr, [0xdf, *range(0xe0, 0xf7), *range(0xf8, 0x100),
                                 *range(0xc0, 0xd7), *range(0xd8, 0xdf)]))

# States of the reader besides a quote or escape character: between tokens,
# inside a word, inside a run of punctuation, and past the end of the input.
_IDLE = ' '
_BLANKS = ' \t\r\n'
_WORD = 'a'
_PUNCT = 'c'


class _TextStream(io.StringIO):
    # A StringIO made here from a str: read_token reads its text directly (keeping the
    # stream's position in step at each token) instead of calling read(1) per character.
    def __init__(self, text):
        super().__init__(text)
        self._whole = text


_TextStream.__name__ = _TextStream.__qualname__ = 'StringIO'


def _as_stream(src):
    return _TextStream(src) if isinstance(src, str) else src


class shlex:
    """A lexical analyzer for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if instream is None:
            self.instream, self.infile = sys.stdin, None
        else:
            self.instream, self.infile = _as_stream(instream), infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        self.whitespace = _BLANKS
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = _IDLE
        self.pushback = collections.deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = collections.deque()
        self.source = None
        # True asks for the shell's operator characters; they then end words, and
        # characters common in file names and globs join the word characters.
        punct = '();<>|&' if punctuation_chars is True else (punctuation_chars or '')
        self._punctuation_chars = punct
        if punct:
            self._pushback_chars = collections.deque()
            extra = self.wordchars + '~-./*?='
            self.wordchars = ''.join(ch for ch in extra if ch not in punct)

    punctuation_chars = property(lambda self: self._punctuation_chars)

    def push_token(self, tok):
        """Push tok back so that the next get_token returns it."""
        self.pushback.insert(0, tok)

    def push_source(self, newstream, newfile=None):
        """Read from newstream (a stream or a str) until it runs out, then resume the current one."""
        current = (self.infile, self.instream, self.lineno)
        self.filestack.appendleft(current)
        self.infile, self.instream, self.lineno = newfile, _as_stream(newstream), 1

    def pop_source(self):
        """Close the current input and go back to the one push_source interrupted."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        self.state = _IDLE

    def get_token(self):
        """The next token: a pushed-back one, else one read (following source inclusions)."""
        if self.pushback:
            return self.pushback.popleft()
        tok = self.read_token()
        while self.source is not None and tok == self.source:
            found = self.sourcehook(self.read_token())
            if found:
                self.push_source(found[1], found[0])
            tok = self.get_token()
        while tok == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            tok = self.get_token()
        return tok

    def _skip_comment(self, text, pos):
        # Skip the rest of the line (readline); returns the new text position.
        self.lineno += 1
        if text is None:
            self.instream.readline()
            return pos
        end = text.find('\n', pos)
        return len(text) if end < 0 else end + 1

    def read_token(self):
        """Read one raw token from the input, ignoring pushback and source inclusion."""
        quoted = False
        resume = _IDLE  # the state an escape returns to
        posix = self.posix
        blanks = self.whitespace
        quotes = self.quotes
        splitting = self.whitespace_split
        stream = self.instream
        text = stream._whole if type(stream) is _TextStream else None
        pos = stream.tell() if text is not None else 0
        try:
            return self._read_token(quoted, resume, posix, blanks, quotes, splitting, text, pos)
        finally:
            if text is not None:
                stream.seek(self._text_pos)

    def _read_token(self, quoted, resume, posix, blanks, quotes, splitting, text, pos):
        try:
            while True:
                if self._punctuation_chars and self._pushback_chars:
                    ch = self._pushback_chars.pop()
                elif text is not None:
                    ch = text[pos:pos + 1]
                    pos += len(ch)
                else:
                    ch = self.instream.read(1)
                if ch == '\n':
                    self.lineno += 1
                state = self.state
                if state is None:
                    self.token = ''
                    break
                done = False  # set when the token read so far is to be given back
                if state == _IDLE:
                    if not ch:
                        self.state = None
                        break
                    if ch in blanks:
                        done = True
                    elif ch in self.commenters:
                        pos = self._skip_comment(text, pos)
                    elif posix and ch in self.escape:
                        resume = _WORD
                        self.state = ch
                    elif ch in self.wordchars:
                        self.token = ch
                        self.state = _WORD
                    elif ch in self._punctuation_chars:
                        self.token = ch
                        self.state = _PUNCT
                    elif ch in quotes:
                        if not posix:
                            self.token = ch
                        self.state = ch
                    elif splitting:
                        self.token = ch
                        self.state = _WORD
                    else:
                        self.token = ch
                        done = True
                elif state in quotes:
                    quoted = True
                    if not ch:
                        raise ValueError("No closing quotation")
                    if ch == state:
                        if not posix:
                            self.token += ch
                            self.state = _IDLE
                            break
                        self.state = _WORD
                    elif posix and ch in self.escape and state in self.escapedquotes:
                        resume = state
                        self.state = ch
                    else:
                        self.token += ch
                elif state in self.escape:
                    if not ch:
                        raise ValueError("No escaped character")
                    # Inside quotes only the quote or the escape itself can be escaped.
                    if resume in quotes and ch != state and ch != resume:
                        self.token += state
                    self.token += ch
                    self.state = resume
                elif state == _WORD or state == _PUNCT:
                    if not ch:
                        self.state = None
                        break
                    if ch in blanks:
                        self.state = _IDLE
                        done = True
                    elif ch in self.commenters:
                        pos = self._skip_comment(text, pos)
                        if posix:
                            self.state = _IDLE
                            done = True
                    elif state == _PUNCT:
                        if ch in self._punctuation_chars:
                            self.token += ch
                        else:
                            if ch not in self.whitespace:
                                self._pushback_chars.append(ch)
                            self.state = _IDLE
                            break
                    elif posix and ch in quotes:
                        self.state = ch
                    elif posix and ch in self.escape:
                        resume = _WORD
                        self.state = ch
                    elif (ch in self.wordchars or ch in quotes
                          or (splitting and ch not in self._punctuation_chars)):
                        self.token += ch
                    else:
                        if self._punctuation_chars:
                            self._pushback_chars.append(ch)
                        else:
                            self.pushback.appendleft(ch)
                        self.state = _IDLE
                        done = True
                if done and (self.token or (posix and quoted)):
                    break
        finally:
            self._text_pos = pos
        tok = self.token
        self.token = ''
        if posix and not quoted and tok == '':
            return None
        return tok

    def sourcehook(self, newfile):
        """Open the file a source request names: (name, stream)."""
        name = newfile[1:-1] if newfile[0] == '"' else newfile
        here = self.infile
        if isinstance(here, str) and not os.path.isabs(name):
            name = os.path.join(os.path.dirname(here), name)
        return name, open(name)

    def error_leader(self, infile=None, lineno=None):
        """A '"file", line N: ' prefix for error messages, in the style of Emacs."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    """Split s into words as a POSIX shell would (comments dropped only when comments is true)."""
    if s is None:
        import warnings
        msg = "Passing None for 's' to shlex.split() is deprecated."
        warnings.warn(msg, DeprecationWarning, stacklevel=2)
    if posix and type(s) is str:
        return _native.split(s, comments)  # the same lexer, in JS
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """The words quoted and joined by spaces: the inverse of split."""
    return ' '.join([quote(word) for word in split_command])


_needs_quotes = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """s made safe as one shell word: unchanged if it is, else in single quotes."""
    if not s:
        return "''"
    if _needs_quotes(s) is None:
        return s
    return "'" + s.replace("'", "'" + '"' + "'" + '"' + "'") + "'"
`;
