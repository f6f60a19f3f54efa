// xml.parsers.expat in Python: ParserCreate and the parser object's handlers (start/end
// element, character data with buffer_text, comments, processing instructions, CDATA sections,
// namespace declarations with a namespace separator, the XML and DOCTYPE declarations with
// internal entities), and expat's error codes, texts and positions ("mismatched tag: line 3,
// column 2"). A non-validating parser that parses the whole document when the last chunk comes.

/** The Python source of the xml.parsers package. */
export const XML_PARSERS_PY = String.raw`
"""Python interfaces to XML parsers."""
__path__ = []
`;

/** The Python source of xml.parsers.expat. */
export const XML_EXPAT_PY = String.raw`
"""Python wrapper for Expat parser (pymm: a pure-Python, non-validating parser)."""

import re as _re

EXPAT_VERSION = 'expat_2.5.0'
version_info = (2, 5, 0)
native_encoding = 'UTF-8'
features = [('sizeof(XML_Char)', 1), ('sizeof(XML_LChar)', 1), ('XML_DTD', 0), ('XML_CONTEXT_BYTES', 1024),
            ('XML_NS', 0)]


class ExpatError(Exception):
    pass


error = ExpatError

_MESSAGES = {
    1: 'out of memory', 2: 'syntax error', 3: 'no element found',
    4: 'not well-formed (invalid token)', 5: 'unclosed token', 6: 'partial character',
    7: 'mismatched tag', 8: 'duplicate attribute', 9: 'junk after document element',
    10: 'illegal parameter entity reference', 11: 'undefined entity',
    12: 'recursive entity reference', 13: 'asynchronous entity',
    14: 'reference to invalid character number', 15: 'reference to binary entity',
    16: 'reference to external entity in attribute',
    17: 'XML or text declaration not at start of entity', 18: 'unknown encoding',
    19: 'encoding specified in XML declaration is incorrect', 20: 'unclosed CDATA section',
    21: 'error in processing external entity reference', 22: 'document is not standalone',
    23: 'unexpected parser state - please send a bug report',
    24: 'entity declared in parameter entity',
    25: 'requested feature requires XML_DTD support in Expat',
    26: 'cannot change setting once parsing has begun', 27: 'unbound prefix',
    28: 'must not undeclare prefix', 29: 'incomplete markup in parameter entity',
    30: 'XML declaration not well-formed', 31: 'text declaration not well-formed',
    32: 'illegal character(s) in public id', 33: 'parser suspended', 34: 'parser not suspended',
    35: 'parsing aborted', 36: 'parsing finished', 37: 'cannot suspend in external parameter entity',
}


def ErrorString(code):
    return _MESSAGES.get(code)


class _Errors:
    pass


errors = _Errors()
errors.codes = {}
errors.messages = {}
for _code, _text in _MESSAGES.items():
    errors.messages[_code] = _text
    errors.codes[_text] = _code
_CONSTANTS = {
    1: 'NO_MEMORY', 2: 'SYNTAX', 3: 'NO_ELEMENTS', 4: 'INVALID_TOKEN', 5: 'UNCLOSED_TOKEN',
    6: 'PARTIAL_CHAR', 7: 'TAG_MISMATCH', 8: 'DUPLICATE_ATTRIBUTE', 9: 'JUNK_AFTER_DOC_ELEMENT',
    10: 'PARAM_ENTITY_REF', 11: 'UNDEFINED_ENTITY', 12: 'RECURSIVE_ENTITY_REF',
    13: 'ASYNC_ENTITY', 14: 'BAD_CHAR_REF', 15: 'BINARY_ENTITY_REF',
    16: 'ATTRIBUTE_EXTERNAL_ENTITY_REF', 17: 'MISPLACED_XML_PI', 18: 'UNKNOWN_ENCODING',
    19: 'INCORRECT_ENCODING', 20: 'UNCLOSED_CDATA_SECTION', 21: 'EXTERNAL_ENTITY_HANDLING',
    22: 'NOT_STANDALONE', 27: 'UNBOUND_PREFIX',
}
for _code, _name in _CONSTANTS.items():
    setattr(errors, 'XML_ERROR_' + _name, _MESSAGES[_code])
del _code, _text, _name


class _Model:
    pass


model = _Model()

_NAME = _re.compile(r'(?:[^\W\d]|:)[\w.\-:\u00b7]*')
_SPACE = _re.compile(r'[ \t\r\n]*')
_N = r'(?:[^\W\d]|:)[\w.\-:\u00b7]*'
_TOKEN = _re.compile(r'[^<]+|<[^<>]*>')
_ATTR = _re.compile('(' + _N + r')[ \t\n]*=[ \t\n]*("[^"]*"' + r"|'[^']*')")
_ATTRS = _re.compile('(?:' + _N + r'[ \t\n]*=[ \t\n]*(?:"[^"<]*"' + r"|'[^'<]*')(?:[ \t\n]+|$))*")
_REF = _re.compile(r'&(?:#([0-9]+)|#x([0-9a-fA-F]+)|((?:[^\W\d]|:)[\w.\-:\u00b7]*));')
_PREDEFINED = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}
_XML_NS = 'http://www.w3.org/XML/1998/namespace'
_HANDLERS = (
    'StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler',
    'CharacterDataHandler', 'UnparsedEntityDeclHandler', 'NotationDeclHandler',
    'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler', 'CommentHandler',
    'StartCdataSectionHandler', 'EndCdataSectionHandler', 'DefaultHandler',
    'DefaultHandlerExpand', 'NotStandaloneHandler', 'ExternalEntityRefHandler',
    'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler',
    'XmlDeclHandler', 'ElementDeclHandler', 'AttlistDeclHandler', 'SkippedEntityHandler',
)


class _Stop(Exception):
    pass


class XMLParserType:
    """XML parser"""

    def __init__(self, encoding, namespace_separator):
        for name in _HANDLERS:
            object.__setattr__(self, name, None)
        self._encoding = encoding
        self._sep = namespace_separator
        self._chunks = []
        self._done = False
        self._text = ''
        self._entities = {}
        self._names = {}
        self.buffer_text = False
        self.buffer_size = 8192
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1
        self.CurrentLineNumber = 1
        self.CurrentColumnNumber = 0
        self.CurrentByteIndex = -1

    def Parse(self, data, isfinal=False):
        if self._done:
            self._fail(36, 0)
        if isinstance(data, str):
            self._chunks.append(data)
        elif data:
            self._chunks.append(bytes(data))
        if not isfinal:
            return 1
        self._done = True
        self._run(self._decode())
        return 1

    def ParseFile(self, file):
        while True:
            data = file.read(16384)
            if not data:
                break
            self.Parse(data, False)
        return self.Parse(b'', True)

    def SetParamEntityParsing(self, flag):
        return 0

    def UseForeignDTD(self, flag=True):
        pass

    def GetReparseDeferralEnabled(self):
        return False

    def SetReparseDeferralEnabled(self, enabled):
        pass

    def _decode(self):
        parts = self._chunks
        self._chunks = []
        if all(isinstance(p, str) for p in parts):
            return ''.join(parts)
        raw = b''.join(p.encode('utf-8') if isinstance(p, str) else p for p in parts)
        encoding = self._encoding
        if raw.startswith(b'\xef\xbb\xbf'):
            raw = raw[3:]
            encoding = encoding or 'utf-8'
        elif raw[:2] in (b'\xff\xfe', b'\xfe\xff'):
            encoding = encoding or 'utf-16'
        if encoding is None:
            m = _re.match(rb'<\?xml[^>]*?encoding\s*=\s*["\']([A-Za-z0-9._\-]+)["\']', raw)
            encoding = m.group(1).decode('ascii') if m else 'utf-8'
        try:
            return raw.decode(encoding)
        except LookupError:
            self._fail(18, 0, text='')
        except UnicodeDecodeError as exc:
            text = raw[:exc.start].decode(encoding, 'replace')
            self._fail(4, len(text), text=text)

    # -- errors --
    def _fail(self, code, pos, text=None):
        text = self._text if text is None else text
        line = text.count('\n', 0, pos) + 1
        column = pos - (text.rfind('\n', 0, pos) + 1)
        self.ErrorCode = code
        self.ErrorLineNumber = line
        self.ErrorColumnNumber = column
        self.ErrorByteIndex = len(text[:pos].encode('utf-8'))
        err = ExpatError('%s: line %d, column %d' % (_MESSAGES[code], line, column))
        err.code = code
        err.lineno = line
        err.offset = column
        raise err

    # -- the document --
    def _run(self, text):
        text = text.replace('\r\n', '\n').replace('\r', '\n')
        self._text = text
        n = len(text)
        self._stack = []
        self._scopes = []
        self._root_done = False
        self._pending = []
        i = 0
        if text.startswith('<?xml') and text[5:6] in (' ', '\t', '\n', '?'):
            i = self._xml_decl(0)
        while i < n:
            i = self._fast(i)
            if i >= n:
                break
            j = text.find('<', i)
            if j < 0:
                j = n
            if j > i:
                self._chars(i, j)
                i = j
                continue
            if j >= n:
                break
            if text.startswith('<!--', i):
                i = self._comment(i)
            elif text.startswith('<![CDATA[', i):
                i = self._cdata(i)
            elif text.startswith('<!DOCTYPE', i):
                i = self._doctype(i)
            elif text.startswith('<?', i):
                i = self._pi(i)
            elif text.startswith('</', i):
                i = self._end_tag(i)
            else:
                i = self._start_tag(i)
        self._flush()
        if self._stack or not self._root_done:
            self._fail(3, n)

    def _fast(self, i):
        # Well-formed text, start and end tags from i on through one scan of the document;
        # returns where a construct needing the careful path (or an error) starts.
        text = self._text
        stack = self._stack
        names = self._names
        for m in _TOKEN.finditer(text, i):
            if m.start() != i:
                return i
            token = m.group()
            if token[0] != '<':
                if not stack or ']]>' in token:
                    return i
                if '&' in token:
                    token = self._expand_refs(token)
                    if token is None:
                        return i
                self._data(token)
            elif token[1] == '/':
                name = token[2:-1].rstrip(' \t\n')
                if not stack or stack[-1][0] != name:
                    return i
                self._close_element()
            elif token[1] in '!?' or self._root_done:
                return i
            else:
                body = token[1:-1]
                empty = body[-1:] == '/'
                if empty:
                    body = body[:-1]
                parts = body.split(None, 1)
                if not parts:
                    return i
                name = parts[0]
                valid = names.get(name)
                if valid is None:
                    valid = names[name] = _NAME.fullmatch(name) is not None
                if not valid:
                    return i
                attrs = []
                if len(parts) > 1:
                    spec = parts[1]
                    if _ATTRS.fullmatch(spec) is None:
                        return i
                    for aname, value in _ATTR.findall(spec):
                        value = value[1:-1]
                        if '&' in value:
                            value = self._expand_refs(value)
                            if value is None:
                                return i
                        attrs.append((aname, value.replace('\t', ' ').replace('\n', ' '), i))
                    if len(attrs) > 1 and len({a[0] for a in attrs}) != len(attrs):
                        return i
                self._open(i, name, attrs, empty)
            i = m.end()
        return i

    def _expand_refs(self, chunk):
        # chunk with its references replaced, or None if one needs the careful path.
        parts = []
        start = 0
        for m in _REF.finditer(chunk):
            if chunk.find('&', start, m.start()) >= 0:
                return None
            parts.append(chunk[start:m.start()])
            name = m.group(3)
            if name is not None:
                value = _PREDEFINED.get(name)
                if value is None:
                    value = self._entities.get(name)
                    if value is None:
                        return None
            else:
                code = int(m.group(1)) if m.group(1) is not None else int(m.group(2), 16)
                if code < 0x20 and code not in (9, 10, 13) or code > 0xD7FF and (
                        code < 0xE000 or code in (0xFFFE, 0xFFFF) or code > 0x10FFFF):
                    return None
                value = chr(code)
            parts.append(value)
            start = m.end()
        if chunk.find('&', start) >= 0:
            return None
        parts.append(chunk[start:])
        return ''.join(parts)

    def _flush(self):
        if self._pending:
            data = ''.join(self._pending)
            self._pending = []
            if self.CharacterDataHandler is not None:
                self.CharacterDataHandler(data)

    def _data(self, data):
        if not data:
            return
        if self.buffer_text:
            self._pending.append(data)
        elif self.CharacterDataHandler is not None:
            self.CharacterDataHandler(data)

    def _xml_decl(self, i):
        text = self._text
        k = text.find('?>', i)
        if k < 0:
            self._fail(5, i)
        body = text[i + 5:k]
        fields = dict(_re.findall(r'(\w+)\s*=\s*["\']([^"\']*)["\']', body))
        if 'version' not in fields:
            self._fail(30, i)
        if self.XmlDeclHandler is not None:
            standalone = fields.get('standalone')
            self.XmlDeclHandler(fields['version'], fields.get('encoding'),
                                -1 if standalone is None else int(standalone == 'yes'))
        return k + 2

    def _chars(self, i, j):
        text = self._text
        if not self._stack:
            chunk = text[i:j]
            stripped = chunk.lstrip(' \t\n')
            if stripped:
                at = j - len(stripped)
                if self._root_done:
                    self._fail(9, at)
                self._fail(4, j if j < len(text) else at)
            return
        k = text.find(']]>', i, j)
        if k >= 0:
            self._fail(4, k + 2)
        start = i
        while True:
            a = text.find('&', start, j)
            if a < 0:
                break
            self._data(text[start:a])
            start = self._reference(a, j, self._data)
        self._data(text[start:j])

    def _reference(self, a, limit, emit):
        # The reference at a ('&'): its text given to emit; returns the index after it.
        text = self._text
        m = _REF.match(text, a, limit)
        if m is None:
            m2 = _NAME.match(text, a + 1, limit)
            if m2 is None:
                self._fail(4, a + 1)
            self._fail(4, m2.end())
        if m.group(3) is not None:
            name = m.group(3)
            if name in _PREDEFINED:
                emit(_PREDEFINED[name])
            elif name in self._entities:
                emit(self._entities[name])
            elif self.DefaultHandlerExpand is not None and self._had_doctype:
                self._flush()
                self.DefaultHandlerExpand(m.group(0))
            else:
                self._fail(11, a)
        else:
            code = int(m.group(1)) if m.group(1) is not None else int(m.group(2), 16)
            if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF or (
                    code < 0x20 and code not in (9, 10, 13)) or code in (0xFFFE, 0xFFFF):
                self._fail(14, a)
            emit(chr(code))
        return m.end()

    _had_doctype = False

    def _comment(self, i):
        text = self._text
        k = text.find('-->', i + 4)
        if k < 0:
            self._fail(5, i)
        body = text[i + 4:k]
        d = body.find('--')
        if d >= 0 or body.endswith('-'):
            self._fail(4, i + 6 + (d if d >= 0 else len(body) - 1))
        self._flush()
        if self.CommentHandler is not None:
            self.CommentHandler(body)
        return k + 3

    def _cdata(self, i):
        text = self._text
        if not self._stack:
            self._fail(4 if not self._root_done else 9, i)
        k = text.find(']]>', i + 9)
        if k < 0:
            self._fail(20, i)
        if self.StartCdataSectionHandler is not None:
            self._flush()
            self.StartCdataSectionHandler()
        self._data(text[i + 9:k])
        if self.EndCdataSectionHandler is not None:
            self._flush()
            self.EndCdataSectionHandler()
        return k + 3

    def _doctype(self, i):
        text = self._text
        if self._stack or self._root_done:
            self._fail(4 if self._stack else 9, i)
        k = i + 9
        depth = 0
        quote = None
        while k < len(text):
            c = text[k]
            if quote:
                if c == quote:
                    quote = None
            elif c in '"\'':
                quote = c
            elif c == '[':
                depth += 1
            elif c == ']':
                depth -= 1
            elif c == '>' and depth <= 0:
                break
            k += 1
        else:
            self._fail(5, i)
        body = text[i + 9:k]
        subset = ''
        b = body.find('[')
        if b >= 0:
            subset = body[b + 1:body.rfind(']')]
            body = body[:b]
        for m in _re.finditer(r'<!ENTITY\s+([^\s%]+)\s+("([^"]*)"|\'([^\']*)\')\s*>', subset):
            value = m.group(3) if m.group(3) is not None else m.group(4)
            self._entities.setdefault(m.group(1), value)
            if self.EntityDeclHandler is not None:
                self.EntityDeclHandler(m.group(1), 0, value, None, None, None, None)
        self._had_doctype = True
        tokens = _re.findall(r'"[^"]*"|\'[^\']*\'|[^\s"\']+', body)
        if self.StartDoctypeDeclHandler is not None and tokens:
            name = tokens[0]
            sysid = pubid = None
            if len(tokens) >= 3 and tokens[1] == 'SYSTEM':
                sysid = tokens[2][1:-1]
            elif len(tokens) >= 4 and tokens[1] == 'PUBLIC':
                pubid, sysid = tokens[2][1:-1], tokens[3][1:-1]
            self.StartDoctypeDeclHandler(name, sysid, pubid, int(bool(subset)))
        if self.DefaultHandlerExpand is not None:
            self.DefaultHandlerExpand('<!DOCTYPE')
            for token in tokens:
                self.DefaultHandlerExpand(' ')
                self.DefaultHandlerExpand(token)
            self.DefaultHandlerExpand('>')
        if self.EndDoctypeDeclHandler is not None:
            self.EndDoctypeDeclHandler()
        return k + 1

    def _pi(self, i):
        text = self._text
        m = _NAME.match(text, i + 2)
        if m is None:
            self._fail(4, i + 2)
        target = m.group(0)
        if target.lower() == 'xml':
            self._fail(17, i)
        k = text.find('?>', m.end())
        if k < 0:
            self._fail(5, i)
        data = text[m.end():k]
        if data and data[0] not in ' \t\n':
            self._fail(4, m.end())
        self._flush()
        if self.ProcessingInstructionHandler is not None:
            self.ProcessingInstructionHandler(target, data.lstrip(' \t\n'))
        return k + 2

    def _expand(self, qname, scope, pos, is_attr):
        # The expanded name of qname with namespace processing ('uri' + sep + 'local').
        prefix, colon, local = qname.partition(':')
        if not colon:
            if is_attr:
                return qname
            uri = scope.get('')
            return uri + self._sep + qname if uri else qname
        if prefix == 'xml':
            return _XML_NS + self._sep + local
        uri = scope.get(prefix)
        if not uri:
            self._fail(27, pos)
        return uri + self._sep + local

    def _start_tag(self, i):
        text = self._text
        n = len(text)
        m = _NAME.match(text, i + 1)
        if m is None:
            if i + 1 >= n:
                self._fail(5, i)
            self._fail(4, i + 1)
        if self._root_done:
            self._fail(9, i)
        name = m.group(0)
        k = m.end()
        attrs = []
        seen = set()
        while True:
            s = _SPACE.match(text, k).end()
            if s >= n:
                self._fail(5, i)
            c = text[s]
            if c == '>' or text.startswith('/>', s):
                k = s
                break
            if s == k:
                self._fail(4, s)
            a = _NAME.match(text, s)
            if a is None:
                self._fail(4, s)
            aname = a.group(0)
            k = _SPACE.match(text, a.end()).end()
            if k >= n:
                self._fail(5, i)
            if text[k] != '=':
                self._fail(4, k)
            k = _SPACE.match(text, k + 1).end()
            if k >= n:
                self._fail(5, i)
            quote = text[k]
            if quote not in '"\'':
                self._fail(4, k)
            end = text.find(quote, k + 1)
            if end < 0:
                self._fail(5, i)
            lt = text.find('<', k + 1, end)
            if lt >= 0:
                self._fail(4, lt)
            if aname in seen:
                self._fail(8, s)
            seen.add(aname)
            parts = []
            start = k + 1
            while True:
                amp = text.find('&', start, end)
                if amp < 0:
                    break
                parts.append(text[start:amp])
                start = self._reference(amp, end, parts.append)
            parts.append(text[start:end])
            value = ''.join(parts).replace('\t', ' ').replace('\n', ' ')
            attrs.append((aname, value, s))
            k = end + 1
        empty = text.startswith('/>', k)
        self._open(i, name, attrs, empty)
        return k + (2 if empty else 1)

    def _open(self, i, name, attrs, empty):
        # A start tag at i: namespaces, the handlers, and the end of an empty element.
        self._flush()
        declared = []
        if self._sep is not None:
            scope = dict(self._scopes[-1]) if self._scopes else {}
            plain = []
            for aname, value, pos in attrs:
                if aname == 'xmlns':
                    scope[''] = value
                    declared.append((None, value or None))
                elif aname.startswith('xmlns:'):
                    scope[aname[6:]] = value
                    declared.append((aname[6:], value))
                else:
                    plain.append((aname, value, pos))
            tag = self._expand(name, scope, i, False)
            attrs = [(self._expand(a, scope, i, True), v, p) for a, v, p in plain]
            self._scopes.append(scope)
            if self.StartNamespaceDeclHandler is not None:
                for prefix, uri in declared:
                    self.StartNamespaceDeclHandler(prefix, uri)
        else:
            tag = name
        self._stack.append((name, tag, declared))
        if self.StartElementHandler is not None:
            if self.ordered_attributes:
                flat = []
                for a, v, _ in attrs:
                    flat.append(a)
                    flat.append(v)
                self.StartElementHandler(tag, flat)
            else:
                self.StartElementHandler(tag, {a: v for a, v, _ in attrs})
        if empty:
            self._close_element()

    def _close_element(self):
        name, tag, declared = self._stack.pop()
        self._flush()
        if self.EndElementHandler is not None:
            self.EndElementHandler(tag)
        if self._sep is not None:
            self._scopes.pop()
            if self.EndNamespaceDeclHandler is not None:
                for prefix, _ in reversed(declared):
                    self.EndNamespaceDeclHandler(prefix)
        if not self._stack:
            self._root_done = True

    def _end_tag(self, i):
        text = self._text
        m = _NAME.match(text, i + 2)
        if m is None:
            if i + 2 >= len(text):
                self._fail(5, i)
            self._fail(4, i + 2)
        k = _SPACE.match(text, m.end()).end()
        if k >= len(text):
            self._fail(5, i)
        if text[k] != '>':
            self._fail(4, k)
        if not self._stack:
            self._fail(9 if self._root_done else 4, i)
        if self._stack[-1][0] != m.group(0):
            self._fail(7, i + 2)
        self._close_element()
        return k + 1


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """Return a new XML parser object."""
    if namespace_separator is not None and len(namespace_separator) > 1:
        raise ValueError('namespace_separator must be at most one character, omitted, or None')
    return XMLParserType(encoding, namespace_separator)
`;
