// `_xmlscan`: pymm's own incremental XML tokenizer, the parser under xml.etree.ElementTree
// (CPython uses the expat C library, which pymm does not have). It checks well-formedness,
// resolves namespaces into '{uri}local' names, expands character and entity references and
// reports what expat reports: the same error texts, codes and line/column positions, and
// character data cut where expat cuts it (at each newline and each reference). Written for pymm.

/** Python source of the `_xmlscan` module, run in the module's namespace. */
export const XML_SCAN_PY = String.raw`
'''An incremental XML scanner that calls a handler's start/end/data/comment/pi methods.'''
import re as _re

XML_NS = 'http://www.w3.org/XML/1998/namespace'

# expat's error codes and texts (the ones this scanner can raise).
MESSAGES = {
    2: 'syntax error', 3: 'no element found', 4: 'not well-formed (invalid token)',
    5: 'unclosed token', 7: 'mismatched tag', 8: 'duplicate attribute',
    9: 'junk after document element', 11: 'undefined entity',
    14: 'reference to invalid character number',
    17: 'XML or text declaration not at start of entity', 20: 'unclosed CDATA section',
    27: 'unbound prefix', 28: 'must not undeclare prefix',
}

_NAME = _re.compile(r'(?:[^\W\d]|:)[\w.\-:\u00b7]*')
_SPACE = ' \t\n'
_BAD_CHARS = _re.compile('[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')
# Fast paths: a whole start tag whose attribute values hold no references, and an end tag.
_FAST_TAG = _re.compile(
    r'<((?:[^\W\d]|:)[\w.\-:\u00b7]*)'
    r'((?:[ \t\n]+(?:[^\W\d]|:)[\w.\-:\u00b7]*[ \t\n]*=[ \t\n]*(?:"[^"<&]*"|\'[^\'<&]*\'))*)'
    r'[ \t\n]*(/?)>')
_FAST_ATTR = _re.compile(r'((?:[^\W\d]|:)[\w.\-:\u00b7]*)[ \t\n]*=[ \t\n]*(?:"([^"]*)"|\'([^\']*)\')')
_FAST_END = _re.compile(r'</((?:[^\W\d]|:)[\w.\-:\u00b7]*)[ \t\n]*>')
_ENTITY_DECL = _re.compile(r'<!ENTITY\s+([^\s%]+)\s+(?:"([^"]*)"|\'([^\']*)\')[^>]*>')
_PREDEFINED = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}


class Incomplete(Exception):
    '''The buffer ends inside a construct: wait for more data (or fail when it is final).'''


class Scanner:
    '''Feeds text to handler methods; make_error(code, message, line, column) builds errors.'''

    def __init__(self, handler, make_error):
        self.handler = handler
        self.make_error = make_error
        self.buf = ''
        self.pos = 0
        self.stack = []          # (qualified name as written, prefixes it declared)
        self.scopes = [{'xml': XML_NS}]
        self.state = 0           # 0: before the root element, 1: inside it, 2: after it
        self.entities = {}
        self.cr = False
        self.done = False
        self.raw_names = False   # True: names as written, xmlns attributes kept (minidom)
        self.cdata_handler = None  # called with a whole CDATA section's text, when set
        self.bad_chars = False     # whether the text fed so far holds forbidden control characters

    # -- positions and errors ------------------------------------------------------------
    def where(self, p):
        buf = self.buf
        return buf.count('\n', 0, p) + 1, p - (buf.rfind('\n', 0, p) + 1)

    def fail(self, code, p):
        line, col = self.where(p)
        raise self.make_error(code, '%s: line %d, column %d' % (MESSAGES[code], line, col), line, col)

    # -- driving ---------------------------------------------------------------------------
    def feed(self, text, final=False):
        if self.cr:
            text = '\r' + text
            self.cr = False
        if text.endswith('\r') and not final:
            text = text[:-1]
            self.cr = True
        if '\r' in text:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        if not self.bad_chars and _BAD_CHARS.search(text) is not None:
            self.bad_chars = True
        self.buf += text
        self.run(final)

    def run(self, final):
        buf = self.buf
        n = len(buf)
        while self.pos < n:
            i = self.pos
            if buf[i] == '<':
                try:
                    self.pos = self.markup(i)
                except Incomplete:
                    if not final:
                        return
                    if buf.startswith('<![CDATA[', i) and self.state == 1:
                        self.fail(20, n)
                    self.fail(5, i)
            else:
                j = buf.find('<', i)
                if j < 0:
                    if not final:
                        return
                    j = n
                self.text(i, j)
                self.pos = j
        if final:
            if self.state != 2:
                self.fail(3, n)
            self.done = True

    # -- character data ----------------------------------------------------------------------
    def text(self, i, j):
        buf = self.buf
        if self.state != 1:
            k = i
            while k < j and buf[k] in _SPACE:
                k += 1
            if k == j:
                return
            if self.state == 2:
                self.fail(9, k)
            m = _NAME.match(buf, k, j)
            if m is not None and m.end() < len(buf) and buf[m.end()] not in _SPACE:
                self.fail(4, m.end())
            if m is None:
                self.fail(4, k)
            self.fail(2, k)
        if self.bad_chars:
            bad = _BAD_CHARS.search(buf, i, j)
            if bad is not None:
                self.fail(4, bad.start())
        cdend = buf.find(']]>', i, j)
        if cdend >= 0:
            self.fail(4, cdend + 2)
        data = self.handler.data
        amp = buf.find('&', i, j)
        if amp < 0 and buf.find('\n', i, j) < 0:
            data(buf[i:j])
            return
        while i < j:
            if amp < 0:
                stop = j
            elif amp < i:
                amp = buf.find('&', i, j)
                continue
            else:
                stop = amp
            if i == amp:
                piece, i = self.reference(i, j, i)
                data(piece)
                continue
            nl = buf.find('\n', i, stop)
            if nl == i:
                data('\n')
                i += 1
                continue
            k = stop if nl < 0 else nl
            data(buf[i:k])
            i = k

    def reference(self, i, j, errpos):
        '''The text of the reference at buf[i] ('&'), and the index after it.'''
        buf = self.buf
        if buf.startswith('&#', i):
            k = i + 2
            base = 10
            digits = '0123456789'
            if k < j and buf[k] == 'x':
                k += 1
                base = 16
                digits = '0123456789abcdefABCDEF'
            start = k
            while k < j and buf[k] in digits:
                k += 1
            if k >= j or buf[k] != ';' or k == start:
                self.fail(4, k if k < j else j)
            value = int(buf[start:k], base) if k - start < 9 else 0x110000
            if not (value in (9, 10, 13) or 0x20 <= value <= 0xD7FF or 0xE000 <= value <= 0xFFFD
                    or 0x10000 <= value <= 0x10FFFF):
                self.fail(14, errpos)
            return chr(value), k + 1
        m = _NAME.match(buf, i + 1, j)
        if m is None:
            self.fail(4, i + 1)
        k = m.end()
        if k >= j or buf[k] != ';':
            self.fail(4, k if k < j else j)
        name = m.group()
        if name in _PREDEFINED:
            return _PREDEFINED[name], k + 1
        if name in self.entities:
            return self.entities[name], k + 1
        self.fail(11, errpos)

    # -- markup ------------------------------------------------------------------------------
    def markup(self, i):
        buf = self.buf
        n = len(buf)
        if i + 1 >= n:
            raise Incomplete
        c = buf[i + 1]
        if c == '/':
            if self.state != 1:
                self.fail(4, i + 1)
            return self.end_tag(i)
        if c == '?':
            return self.pi(i)
        if c == '!':
            for opener in ('<!--', '<![CDATA[', '<!DOCTYPE'):
                if buf.startswith(opener, i):
                    break
                if opener.startswith(buf[i:]):
                    raise Incomplete
            else:
                self.fail(4, i + 2)
            if opener == '<!--':
                return self.comment(i)
            if self.state == 2:
                self.fail(9, i)
            if opener == '<![CDATA[':
                if self.state == 0:
                    self.fail(2, i)
                return self.cdata(i)
            if self.state == 1:
                self.fail(4, i + 2)
            return self.doctype(i)
        if self.state == 2:
            if _NAME.match(buf, i + 1) is not None:
                self.fail(9, i)
        return self.start_tag(i)

    def skip_space(self, p):
        buf = self.buf
        n = len(buf)
        while p < n and buf[p] in _SPACE:
            p += 1
        if p >= n:
            raise Incomplete
        return p

    def start_tag(self, i):
        buf = self.buf
        fast = _FAST_TAG.match(buf, i)
        if fast is not None and self.state != 2 and not self.bad_chars:
            name, text, slash = fast.groups()
            attrs = []
            if text:
                for aname, v1, v2 in _FAST_ATTR.findall(text):
                    value = v1 if v1 or not v2 else v2
                    attrs.append((aname, value.replace('\t', ' ').replace('\n', ' ')))
                if len({a for a, _ in attrs}) != len(attrs):
                    fast = None
            if fast is not None:
                self.open_element(name, attrs, i)
                if slash:
                    self.close_element()
                return fast.end()
        n = len(buf)
        m = _NAME.match(buf, i + 1)
        if m is None:
            if i + 1 >= n:
                raise Incomplete
            self.fail(4, i + 1)
        if m.end() >= n:
            raise Incomplete
        name = m.group()
        p = m.end()
        attrs = []
        seen = set()
        while True:
            q = self.skip_space(p)
            c = buf[q]
            if c == '>':
                p = q + 1
                empty = False
                break
            if c == '/':
                if q + 1 >= n:
                    raise Incomplete
                if buf[q + 1] != '>':
                    self.fail(4, q + 1)
                p = q + 2
                empty = True
                break
            if q == p:
                self.fail(4, q)
            m = _NAME.match(buf, q)
            if m is None:
                self.fail(4, q)
            if m.end() >= n:
                raise Incomplete
            r = self.skip_space(m.end())
            if buf[r] != '=':
                self.fail(4, r)
            r = self.skip_space(r + 1)
            quote = buf[r]
            if quote != '"' and quote != "'":
                self.fail(4, r)
            end = buf.find(quote, r + 1)
            lt = buf.find('<', r + 1, end if end >= 0 else n)
            if lt >= 0:
                self.fail(4, lt)
            if end < 0:
                raise Incomplete
            aname = m.group()
            if aname in seen:
                self.fail(8, q)
            seen.add(aname)
            attrs.append((aname, self.attr_value(r + 1, end, i)))
            p = end + 1
        if self.state == 2:
            self.fail(9, i)
        self.open_element(name, attrs, i)
        if empty:
            self.close_element()
        return p

    def attr_value(self, i, j, tagpos):
        buf = self.buf
        bad = _BAD_CHARS.search(buf, i, j)
        if bad is not None:
            self.fail(4, bad.start())
        if '&' not in buf[i:j]:
            return buf[i:j].replace('\t', ' ').replace('\n', ' ')
        parts = []
        while i < j:
            k = buf.find('&', i, j)
            if k < 0:
                k = j
            parts.append(buf[i:k].replace('\t', ' ').replace('\n', ' '))
            if k < j:
                piece, k = self.reference(k, j, tagpos)
                parts.append(piece)
            i = k
        return ''.join(parts)

    def resolve(self, qname, is_attr, tagpos):
        prefix, sep, local = qname.partition(':')
        if not sep:
            if is_attr:
                return qname
            uri = self.scopes[-1].get('')
            return '{%s}%s' % (uri, qname) if uri else qname
        uri = self.scopes[-1].get(prefix)
        if uri is None:
            self.fail(27, tagpos)
        return '{%s}%s' % (uri, local)

    def open_element(self, name, attrs, i):
        declared = []
        plain = []
        for aname, value in attrs:
            if aname == 'xmlns':
                declared.append(('', value))
            elif aname.startswith('xmlns:'):
                if not value:
                    self.fail(28, i)
                declared.append((aname[6:], value))
            else:
                plain.append((aname, value))
        handler = self.handler
        if declared:
            scope = dict(self.scopes[-1])
            for prefix, uri in declared:
                scope[prefix] = uri
                handler.start_ns(prefix, uri)
        else:
            scope = self.scopes[-1]
        self.scopes.append(scope)
        tag = self.resolve(name, False, i)
        attrib = {}
        for aname, value in plain:
            attrib[self.resolve(aname, True, i)] = value
        if self.raw_names:
            tag = name
            attrib = dict(attrs)
        self.stack.append((name, tag, declared))
        self.state = 1
        handler.start(tag, attrib)

    def close_element(self):
        name, tag, declared = self.stack.pop()
        self.scopes.pop()
        self.handler.end(tag)
        for prefix, _uri in reversed(declared):
            self.handler.end_ns(prefix)
        if not self.stack:
            self.state = 2

    def end_tag(self, i):
        buf = self.buf
        fast = _FAST_END.match(buf, i)
        if fast is not None and fast.group(1) == self.stack[-1][0]:
            self.close_element()
            return fast.end()
        m = _NAME.match(buf, i + 2)
        if m is None:
            if i + 2 >= len(buf):
                raise Incomplete
            self.fail(4, i + 2)
        p = self.skip_space(m.end())
        if buf[p] != '>':
            self.fail(4, p)
        if m.group() != self.stack[-1][0]:
            self.fail(7, i + 2)
        self.close_element()
        return p + 1

    def comment(self, i):
        buf = self.buf
        end = buf.find('--', i + 4)
        if end < 0:
            raise Incomplete
        if end + 2 >= len(buf):
            raise Incomplete
        if buf[end + 2] != '>':
            self.fail(4, end + 2)
        self.handler.comment(buf[i + 4:end])
        return end + 3

    def pi(self, i):
        buf = self.buf
        m = _NAME.match(buf, i + 2)
        if m is None:
            if i + 2 >= len(buf):
                raise Incomplete
            self.fail(4, i + 2)
        end = buf.find('?>', m.end())
        if end < 0:
            raise Incomplete
        target = m.group()
        p = m.end()
        if p < end and buf[p] not in _SPACE:
            self.fail(4, p)
        if target.lower() == 'xml':
            if i != 0:
                self.fail(9 if self.state == 2 else 17, i)
            return end + 2
        while p < end and buf[p] in _SPACE:
            p += 1
        self.handler.pi(target, buf[p:end])
        return end + 2

    def cdata(self, i):
        buf = self.buf
        end = buf.find(']]>', i + 9)
        if end < 0:
            raise Incomplete
        if self.cdata_handler is not None:
            self.cdata_handler(buf[i + 9:end])
            return end + 3
        data = self.handler.data
        for k, piece in enumerate(buf[i + 9:end].split('\n')):
            if k:
                data('\n')
            if piece:
                data(piece)
        return end + 3

    def doctype(self, i):
        buf = self.buf
        gt = buf.find('>', i)
        lb = buf.find('[', i)
        if gt < 0:
            raise Incomplete
        if 0 <= lb < gt:
            rb = buf.find(']', lb)
            if rb < 0:
                raise Incomplete
            for m in _ENTITY_DECL.finditer(buf, lb, rb):
                value = m.group(2) if m.group(2) is not None else m.group(3)
                self.entities.setdefault(m.group(1), value)
            gt = buf.find('>', rb)
            if gt < 0:
                raise Incomplete
        return gt + 1
`;
