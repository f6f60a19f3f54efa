// `xml.sax`: event-driven parsing (parse, parseString, make_parser) calling a
// ContentHandler's startElement/characters/endElement…, over pymm's own XML scanner, with
// SAXParseException's "<unknown>:line:column: message" texts; xml.sax.handler,
// xml.sax.xmlreader's AttributesImpl and xml.sax.saxutils (escape, unescape, quoteattr,
// XMLGenerator) as CPython 3.11 has them. Written for pymm.

/** Python source of the xml.sax package. */
export const XML_SAX_PY = String.raw`
'''Simple API for XML: a parser that reports a document as a stream of events.'''
__path__ = []
from xml.sax.handler import ContentHandler, ErrorHandler


class SAXException(Exception):
    '''A SAX error or warning, possibly wrapping another exception.'''

    def __init__(self, msg, exception=None):  # noqa
        super().__init__(msg)
        self._msg, self._exception = msg, exception

    def getMessage(self):
        return self._msg

    def getException(self):
        return self._exception

    def __str__(self):
        return self._msg

    def __getitem__(self, ix):  # (so that old code does not index it)
        raise AttributeError('__getitem__')


class SAXParseException(SAXException):  # noqa
    '''A parse error, with where it happened.'''

    def __init__(self, msg, exception, locator):  # noqa
        super().__init__(msg, exception)
        self._locator = locator
        self._systemId = locator.getSystemId()
        self._colnum = locator.getColumnNumber()
        self._linenum = locator.getLineNumber()

    def getColumnNumber(self):
        return self._colnum

    def getLineNumber(self):
        return self._linenum

    def getPublicId(self):
        locator = self._locator
        return locator.getPublicId()

    def getSystemId(self):
        return self._systemId

    def __str__(self):
        where = self.getSystemId()
        line, column = self.getLineNumber(), self.getColumnNumber()
        return '%s:%s:%s: %s' % ('<unknown>' if where is None else where, '?' if line is None else line,
                                 '?' if column is None else column, self._msg)


class SAXNotRecognizedException(SAXException):  # noqa
    '''An unknown feature or property name.'''


class SAXNotSupportedException(SAXException):  # noqa
    '''A feature or property that cannot be set.'''


for _cls in (SAXException, SAXParseException, SAXNotRecognizedException, SAXNotSupportedException):
    _cls.__module__ = 'xml.sax._exceptions'
del _cls


class _Locator:
    def __init__(self, system_id, line, column):
        self._where = (system_id, line, column)

    def getSystemId(self):
        return self._where[0]

    def getPublicId(self):
        return None

    def getLineNumber(self):
        return self._where[1]

    def getColumnNumber(self):
        return self._where[2]


class _Reader:
    '''The XMLReader make_parser() returns: feed() or parse() a document to the handlers.'''

    def __init__(self):
        self._cont_handler = ContentHandler()
        self._err_handler = ErrorHandler()
        self._dtd_handler = None
        self._ent_handler = None
        self._features = {}
        self._scanner = None
        self._system_id = None

    def getFeature(self, name):  # what setFeature stored (False by default)
        return self._features.get(name, False)

    def setFeature(self, name, state):  # stored, not acted on
        self._features[name] = state

    def _start(self):
        import _xmlscan
        from xml.sax.xmlreader import AttributesImpl
        handler = self._cont_handler
        reader = self

        class Events:
            def start(self, tag, attrib):
                handler.startElement(tag, AttributesImpl(attrib))

            def end(self, tag):
                handler.endElement(tag)

            def data(self, text):
                handler.characters(text)

            def comment(self, text):
                pass

            def pi(self, target, data):
                handler.processingInstruction(target, data)

            def start_ns(self, prefix, uri):
                pass

            def end_ns(self, prefix):
                pass

        def error(code, message, line, column):
            return SAXParseException(_xmlscan.MESSAGES[code], None,
                                     _Locator(reader._system_id, line, column))
        self._scanner = _xmlscan.Scanner(Events(), error)
        self._scanner.raw_names = True
        self._decoder = None
        handler.startDocument()

    def feed(self, data):
        '''Parses data, the next piece of the document.'''
        if self._scanner is None:
            self._start()
        if isinstance(data, (bytearray, bytes)):
            if not self._decoder:
                import codecs
                import re
                m = re.match(rb'<\?xml[^>]*?encoding\s*=\s*["\']([A-Za-z0-9._\-]+)["\']', data)
                self._decoder = codecs.getincrementaldecoder(m.group(1).decode() if m else 'utf-8')()
            data = self._decoder.decode(bytes(data))
        try:
            self._scanner.feed(data)
        except SAXParseException as error:
            self.getErrorHandler().fatalError(error)

    def close(self):
        '''Finishes the document.'''
        if self._scanner is None:
            self._start()
        try:
            self._scanner.feed(self._decoder.decode(b'', True) if self._decoder else '', True)
        except SAXParseException as error:
            self._err_handler.fatalError(error)
        self._scanner = None
        self.getContentHandler().endDocument()

    def parse(self, source):
        '''Parses a whole document: a file name, a file object or an InputSource.'''
        if hasattr(source, 'getByteStream'):
            stream = source.getByteStream() or source.getCharacterStream()
            self._system_id = source.getSystemId()
        else:
            stream = source
        if isinstance(stream, str):
            self._system_id = stream
            with open(stream, 'rb') as f:
                self.feed(f.read())
        else:
            self._system_id = self._system_id or getattr(stream, 'name', None)
            self.feed(stream.read())
        self.close()


def _accessors(attr):
    return (lambda self: getattr(self, attr)), (lambda self, value: setattr(self, attr, value))


for _what, _attr in (('ContentHandler', '_cont_handler'), ('ErrorHandler', '_err_handler'),
                     ('DTDHandler', '_dtd_handler'), ('EntityResolver', '_ent_handler')):
    _get, _set = _accessors(_attr)
    setattr(_Reader, 'get' + _what, _get)
    setattr(_Reader, 'set' + _what, _set)
del _what, _attr, _get, _set


def make_parser(parser_list=()):  # pymm has one reader
    '''A new XMLReader.'''
    return _Reader()


def parse(source, handler, errorHandler=ErrorHandler()):  # noqa
    '''Parses source (a file name or file object), reporting to handler.'''
    reader = make_parser()
    reader.setContentHandler(handler)
    reader.setErrorHandler(errorHandler)
    reader.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):  # noqa
    '''Parses the document in string (bytes or str), reporting to handler.'''
    reader = make_parser()
    reader.setContentHandler(handler)
    reader.setErrorHandler(errorHandler)
    reader.feed(string)
    reader.close()
`;

/** Python source of xml.sax.handler. */
export const XML_SAX_HANDLER_PY = String.raw`
'''The SAX handler interfaces: override the methods for the events you want.'''

feature_namespaces = 'http://xml.org/sax/features/namespaces'
feature_namespace_prefixes = 'http://xml.org/sax/features/namespace-prefixes'
feature_string_interning = 'http://xml.org/sax/features/string-interning'
feature_validation = 'http://xml.org/sax/features/validation'
feature_external_ges = 'http://xml.org/sax/features/external-general-entities'
feature_external_pes = 'http://xml.org/sax/features/external-parameter-entities'
all_features = [feature_namespaces, feature_namespace_prefixes, feature_string_interning,
                feature_validation, feature_external_ges, feature_external_pes]


class ErrorHandler:
    '''Errors and fatal errors raise; warnings print.'''

    def error(self, exception):  # a recoverable error: raised
        raise exception

    def fatalError(self, exception):  # raised
        raise exception

    def warning(self, exception):  # printed
        print(exception)


class ContentHandler:
    '''Receives the document's events; every method does nothing here.'''

    def __init__(self):
        self._locator = None

    def setDocumentLocator(self, locator):  # keeps the locator
        self._locator = locator


def _ignore_event(self, *args):
    return None


for _event in ('startDocument', 'endDocument', 'startPrefixMapping', 'endPrefixMapping',
               'startElement', 'endElement', 'startElementNS', 'endElementNS', 'characters',
               'ignorableWhitespace', 'processingInstruction', 'skippedEntity'):
    setattr(ContentHandler, _event, _ignore_event)
del _event
`;

/** Python source of xml.sax.xmlreader (AttributesImpl and InputSource). */
export const XML_SAX_XMLREADER_PY = String.raw`
'''Attribute lists and input sources for SAX readers.'''


class AttributesImpl:
    '''An element's attributes, by name.'''

    def __init__(self, attrs):  # attrs: {name: value}
        self._map = attrs

    def getLength(self): return len(self._map)  # noqa

    def getType(self, name): return 'CDATA'  # every attribute, without a DTD

    def getValue(self, name): return self._map[name]  # KeyError when absent

    getValueByQName = getValue

    def getNameByQName(self, name):  # name itself (no namespaces here)
        if name in self._map:
            return name
        raise KeyError(name)

    getQNameByName = getNameByQName

    def getNames(self): return list(self._map)  # in document order

    getQNames = keys = getNames

    def __len__(self): return len(self._map)  # noqa

    def __getitem__(self, name): return self._map[name]  # noqa

    def __contains__(self, name): return name in self._map  # noqa

    def get(self, name, alternative=None): return self._map.get(name, alternative)  # noqa

    def copy(self): return type(self)(self._map)  # noqa

    def items(self): return list(self._map.items())  # noqa

    def values(self): return list(self._map.values())  # noqa


class InputSource:
    '''Where a document comes from: a system id and a byte or character stream.'''

    def __init__(self, system_id=None):
        self._system_id = system_id
        self._public_id = None
        self._encoding = None
        self._bytefile = None
        self._charfile = None

    def getPublicId(self): return self._public_id  # noqa

    def getSystemId(self): return self._system_id  # noqa

    def getEncoding(self): return self._encoding  # noqa

    def getByteStream(self): return self._bytefile  # noqa

    def getCharacterStream(self): return self._charfile  # noqa


def _setter(attr):
    def set_value(self, value):
        setattr(self, attr, value)
    return set_value


for _what, _attr in (('PublicId', '_public_id'), ('SystemId', '_system_id'),
                     ('Encoding', '_encoding'), ('ByteStream', '_bytefile'),
                     ('CharacterStream', '_charfile')):
    setattr(InputSource, 'set' + _what, _setter(_attr))
del _what, _attr
`;

/** Python source of xml.sax.saxutils (escaping helpers and XMLGenerator). */
export const XML_SAX_SAXUTILS_PY = String.raw`
'''Helpers for writing XML: escape, unescape, quoteattr and the XMLGenerator handler.'''
from xml.sax.handler import ContentHandler


def _replace_all(data, pairs):
    for old, new in pairs:
        data = data.replace(old, new)
    return data


def escape(data, entities={}):  # noqa
    '''data with &, < and > (and the keys of entities) replaced by references.'''
    data = _replace_all(data, (('&', '&amp;'), ('>', '&gt;'), ('<', '&lt;')))
    return _replace_all(data, entities.items()) if entities else data


def unescape(data, entities={}):  # noqa
    '''data with &lt;, &gt; (and the keys of entities) and finally &amp; replaced back.'''
    data = _replace_all(data, (('&lt;', '<'), ('&gt;', '>')))
    if entities:
        data = _replace_all(data, entities.items())
    return data.replace('&amp;', '&')


def quoteattr(data, entities={}):  # noqa
    '''data escaped and quoted for use as an attribute value.'''
    data = escape(data, {**entities, '\n': '&#10;', '\r': '&#13;', '\t': '&#9;'})
    if '"' not in data:
        return '"%s"' % data
    if "'" not in data:
        return "'%s'" % data
    return '"%s"' % data.replace('"', '&quot;')


class XMLGenerator(ContentHandler):
    '''A content handler that writes the events it receives back out as XML.'''

    def __init__(self, out=None, encoding='iso-8859-1', short_empty_elements=False):
        ContentHandler.__init__(self)
        if out is None:
            import sys
            out = sys.stdout
        self._out = out
        self._encoding, self._short_empty_elements = encoding, short_empty_elements
        self._pending_start = False

    def _write(self, text):
        import io
        if isinstance(self._out, io.TextIOBase) or hasattr(self._out, 'encoding'):
            self._out.write(text)
        else:
            self._out.write(text.encode(self._encoding, 'xmlcharrefreplace'))

    def _finish_pending_start(self):
        if self._pending_start:
            self._write('>')
            self._pending_start = False

    def startDocument(self):
        self._write('<?xml version="1.0" encoding="%s"?>\n' % self._encoding)

    def endDocument(self):
        flush = getattr(self._out, 'flush', None)
        if flush is not None:
            flush()

    def startElement(self, name, attrs):  # writes <name attrs (> now or at the next event)
        self._finish_pending_start()
        self._write('<' + name)
        for key, value in attrs.items():
            self._write(' %s=%s' % (key, quoteattr(value)))
        self._pending_start = bool(self._short_empty_elements)
        if not self._pending_start:
            self._write('>')

    def endElement(self, name):  # /> or </name>
        if self._pending_start:
            self._write('/>')
            self._pending_start = False
        else:
            self._write('</' + name + '>')

    def characters(self, content):  # escaped text
        if content:
            self._finish_pending_start()
            self._write(escape(content if isinstance(content, str) else str(content, self._encoding)))

    def ignorableWhitespace(self, content):  # written as it is
        if content:
            self._finish_pending_start()
            self._write(content if isinstance(content, str) else str(content, self._encoding))

    def processingInstruction(self, target, data):  # <?target data?>
        self._finish_pending_start()
        self._write('<?' + target + ' ' + data + '?>')
`;
