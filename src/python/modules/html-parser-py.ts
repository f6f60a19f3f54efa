// The html.parser module in Python: HTMLParser, the tolerant HTML tokenizer (start, end and
// self-closing tags with unescaped attributes, data, comments, declarations, processing
// instructions, marked sections, script/style raw text, character references converted or
// reported, input fed in pieces, getpos), following the behaviour of CPython 3.11's module.
// Only the documented API keeps CPython's names; the scanning helpers (parse_starttag ..., and
// _markupbase's doctype internal-subset scanning) are pymm's own and private.

/** Python source of the `html.parser` module, run in the module's namespace. */
export const HTML_PARSER_PY = String.raw`"""A tolerant parser for HTML and XHTML that calls handler methods."""

import re
import html as _html

__all__ = ['HTMLParser']

_TAG_NAME = r'[a-zA-Z][^\t\n\r\f />\x00]*'
_ATTR_NAME = r'(?<=[\'"\s/])[^\s/>][^\s/=>]*'
_ATTR_VALUE = r'(?:\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*)'
_ATTR_GAP = r'(?:\s|/(?!>))*'

_next_markup = re.compile('[&<]')
_partial_ref = re.compile('&[a-zA-Z#]')
_named_ref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_numeric_ref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_tag_open = re.compile('<[a-zA-Z]')
_tag_name = re.compile('(' + _TAG_NAME + ')' + _ATTR_GAP)
_attribute = re.compile('(' + _ATTR_NAME + r')(\s*=+\s*(' + _ATTR_VALUE[3:-1] + '))?' + _ATTR_GAP)
_start_tag_extent = re.compile(
    '<' + _TAG_NAME
    + r'(?:[\s/]*(?:' + _ATTR_NAME + r'(?:\s*=+\s*' + _ATTR_VALUE + r'\s*)?' + _ATTR_GAP + ')*)?'
    + r'\s*')
_end_tag = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_comment_end = re.compile(r'--\s*>')
_section_end = re.compile(r']\s*]\s*>')
_ms_section_end = re.compile(r']\s*>')
_decl_name = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_ref_end = re.compile(r'[\s;]')
_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


class HTMLParser:
    """Feed it text; it calls handle_starttag, handle_endtag, handle_data and friends."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget all buffered input and state."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _next_markup
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0

    def feed(self, data):
        """Add text to parse (any amount, in as many calls as you like)."""
        self.rawdata += data
        self.goahead(0)

    def close(self):
        """Parse what is still buffered, as if the input ended here."""
        self.goahead(1)

    _starttag_text = None

    def get_starttag_text(self):
        """The source text of the most recent start tag."""
        return self._starttag_text

    def getpos(self):
        """(line, offset) of the parse position."""
        return (self.lineno, self.offset)

    def _advance(self, i, j):
        # Move from i to j, keeping lineno and offset (getpos) up to date.
        if i >= j:
            return j
        text = self.rawdata
        newlines = text.count("\n", i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (text.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    def set_cdata_mode(self, elem):
        name = elem.lower()
        self.cdata_elem = name
        self.interesting = re.compile(r'</\s*' + name + r'\s*>', re.I)

    def clear_cdata_mode(self):
        self.interesting = _next_markup
        self.cdata_elem = None

    def _converting(self):
        # Data outside script/style has its references converted when convert_charrefs is on.
        return self.convert_charrefs and not self.cdata_elem

    def _text(self, chunk):
        return _html.unescape(chunk) if self._converting() else chunk

    def goahead(self, end):
        text = self.rawdata
        i = 0
        n = len(text)
        while i < n:
            if self._converting():
                j = text.find('<', i)
                if j < 0:
                    # A trailing '&...' may be a reference still arriving: wait for more.
                    amp = text.rfind('&', max(i, n - 34))
                    if amp >= 0 and not _ref_end.search(text, amp):
                        break
                    j = n
            else:
                m = self.interesting.search(text, i)
                if m:
                    j = m.start()
                elif self.cdata_elem:
                    break
                else:
                    j = n
            if i < j:
                self.handle_data(self._text(text[i:j]))
            i = self._advance(i, j)
            if i == n:
                break
            if text.startswith('<', i):
                if _tag_open.match(text, i):
                    k = self._start_tag(i)
                elif text.startswith('</', i):
                    k = self._end_tag_at(i)
                elif text.startswith('<!--', i):
                    k = self._comment(i)
                elif text.startswith('<?', i):
                    k = self._pi(i)
                elif text.startswith('<!', i):
                    k = self._declaration(i)
                elif i + 1 < n:
                    self.handle_data('<')
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    # Unfinished markup at the end: give it out as text up to a '>' or '<'.
                    k = text.find('>', i + 1)
                    if k >= 0:
                        k += 1
                    else:
                        k = text.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    self.handle_data(self._text(text[i:k]))
                i = self._advance(i, k)
            elif text.startswith('&#', i):
                m = _numeric_ref.match(text, i)
                if m:
                    self.handle_charref(m.group()[2:-1])
                    k = m.end()
                    if text[k - 1] != ';':
                        k -= 1
                    i = self._advance(i, k)
                    continue
                if ';' in text[i:]:
                    self.handle_data(text[i:i + 2])
                    i = self._advance(i, i + 2)
                break
            elif text.startswith('&', i):
                m = _named_ref.match(text, i)
                if m:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if text[k - 1] != ';':
                        k -= 1
                    i = self._advance(i, k)
                    continue
                m = _partial_ref.match(text, i)
                if m:
                    if end and m.group() == text[i:]:
                        i = self._advance(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data('&')
                    i = self._advance(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("interesting.search() lied")
        if end and not self.cdata_elem and i < n:
            self.handle_data(self._text(text[i:n]))
            i = self._advance(i, n)
        self.rawdata = text[i:]

    def _declaration(self, i):
        text = self.rawdata
        if text[i:i + 4] == '<!--':
            return self._comment(i)
        if text[i:i + 3] == '<![':
            return self._marked_section(i)
        if text[i:i + 9].lower() == '<!doctype':
            close = text.find('>', i + 9)
            if close < 0:
                return -1
            self.handle_decl(text[i + 2:close])
            return close + 1
        return self._bogus_comment(i)

    def _bogus_comment(self, i, report=1):
        close = self.rawdata.find('>', i + 2)
        if close < 0:
            return -1
        if report:
            self.handle_comment(self.rawdata[i + 2:close])
        return close + 1

    def _comment(self, i, report=1):
        text = self.rawdata
        m = _comment_end.search(text, i + 4)
        if not m:
            return -1
        if report:
            self.handle_comment(text[i + 4:m.start()])
        return m.end()

    def _name_at(self, i, start):
        text = self.rawdata
        if i == len(text):
            return None, -1
        m = _decl_name.match(text, i)
        if not m:
            self._advance(start, i)
            raise AssertionError("expected name token at %r" % text[start:start + 20])
        if m.end() == len(text):
            return None, -1
        return m.group().strip().lower(), m.end()

    def _marked_section(self, i, report=1):
        text = self.rawdata
        name, j = self._name_at(i + 3, i)
        if j < 0:
            return j
        if name in {"temp", "cdata", "ignore", "include", "rcdata"}:
            m = _section_end.search(text, i + 3)
        elif name in {"if", "else", "endif"}:
            m = _ms_section_end.search(text, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section' % text[i + 3:j])
        if not m:
            return -1
        if report:
            self.unknown_decl(text[i + 3:m.start()])
        return m.end()

    def _pi(self, i):
        close = self.rawdata.find('>', i + 2)
        if close < 0:
            return -1
        self.handle_pi(self.rawdata[i + 2:close])
        return close + 1

    def _start_tag(self, i):
        self._starttag_text = None
        stop = self._start_tag_end(i)
        if stop < 0:
            return stop
        text = self.rawdata
        self._starttag_text = text[i:stop]
        m = _tag_name.match(text, i + 1)
        k = m.end()
        tag = self.lasttag = m.group(1).lower()
        attrs = []
        while k < stop:
            m = _attribute.match(text, k)
            if not m:
                break
            name, has_value, value = m.group(1, 2, 3)
            if not has_value:
                value = None
            elif value[:1] == value[-1:] and value[:1] in ('"', "'"):
                value = value[1:-1]
            if value:
                value = _html.unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        rest = text[k:stop].strip()
        if rest not in (">", "/>"):
            self.handle_data(text[i:stop])
            return stop
        if rest.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return stop

    def _start_tag_end(self, i):
        text = self.rawdata
        j = _start_tag_extent.match(text, i).end()
        after = text[j:j + 1]
        if after == ">":
            return j + 1
        if after == "/":
            if text.startswith("/>", j):
                return j + 2
            return -1
        if after == "" or after in _LETTERS or after in "=/":
            return -1
        return j if j > i else i + 1

    def _end_tag_at(self, i):
        text = self.rawdata
        gt = text.find('>', i + 1)
        if gt < 0:
            return -1
        gt += 1
        m = _end_tag.match(text, i)
        if not m:
            if self.cdata_elem is not None:
                self.handle_data(text[i:gt])
                return gt
            named = _tag_name.match(text, i + 2)
            if not named:
                if text[i:i + 3] == '</>':
                    return i + 3
                return self._bogus_comment(i)
            self.handle_endtag(named.group(1).lower())
            return text.find('>', named.end()) + 1
        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(text[i:gt])
            return gt
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gt

    def handle_startendtag(self, tag, attrs):
        """A self-closing tag <x/>: by default handle_starttag then handle_endtag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        """Override: a start tag (lower-case name, list of (name, value) pairs)."""

    def handle_endtag(self, tag):
        """Override: an end tag (lower-case name)."""

    def handle_charref(self, name):
        """Override: &#NNN; or &#xNN; (only when convert_charrefs is false)."""

    def handle_entityref(self, name):
        """Override: &name; (only when convert_charrefs is false)."""

    def handle_data(self, data):
        """Override: text between markup."""

    def handle_comment(self, data):
        """Override: the text of a comment."""

    def handle_decl(self, decl):
        """Override: a <!DOCTYPE ...> declaration's text."""

    def handle_pi(self, data):
        """Override: a processing instruction's text."""

    def unknown_decl(self, data):
        """Override: a marked section such as <![CDATA[...]]>."""
`;
