// `xml.etree.ElementTree`, part two: serialization (ElementTree.write, tostring,
// tostringlist, dump, indent, register_namespace) in the xml, html and text methods, with
// CPython 3.11's escaping, namespace prefixes (ns0, ns1, … and the well-known ones), XML
// declarations and error texts. Appended to xml-etree-py.ts's source. Written for pymm.

/** Python source of xml.etree.ElementTree's serialization half. */
export const XML_ETREE_WRITE_PY = String.raw`

# Prefixes the serializer uses for well-known namespaces; register_namespace adds to it.
_namespace_map = {
    'http://www.w3.org/XML/1998/namespace': 'xml',
    'http://www.w3.org/1999/xhtml': 'html',
    'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
    'http://schemas.xmlsoap.org/wsdl/': 'wsdl',
    'http://www.w3.org/2001/XMLSchema': 'xs',
    'http://www.w3.org/2001/XMLSchema-instance': 'xsi',
    'http://purl.org/dc/elements/1.1/': 'dc',
}

HTML_EMPTY = {'area', 'base', 'basefont', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input',
              'isindex', 'link', 'meta', 'param', 'source', 'track', 'wbr'}


def register_namespace(prefix, uri):  # noqa
    """Makes the serializer write prefix for names in namespace uri."""
    if re.match(r'ns\d+$', prefix):
        raise ValueError('Prefix format reserved for internal use')
    stale = [u for u, p in _namespace_map.items() if u == uri or p == prefix]
    for u in stale:
        del _namespace_map[u]
    _namespace_map[uri] = prefix


def _cannot_serialize(value):
    raise TypeError('cannot serialize %r (type %s)' % (value, type(value).__name__))


_REFERENCES = (('&', '&amp;'), ('<', '&lt;'), ('>', '&gt;'), ('"', '&quot;'),
               ('\r', '&#13;'), ('\n', '&#10;'), ('\t', '&#09;'))


def _escaper(which):
    """A function replacing the characters which picks from _REFERENCES by references."""
    pairs = [_REFERENCES[i] for i in which]

    def escape(text):
        if not isinstance(text, str):
            _cannot_serialize(text)
        for raw, ref in pairs:
            if raw in text:
                text = text.replace(raw, ref)
        return text
    return escape


_escape_cdata = _escaper((0, 1, 2))
_escape_attrib = _escaper(range(7))
_escape_attrib_html = _escaper((0, 2, 3))


def _names_of(elem):
    """The qualified names elem's serialization needs, in CPython's order."""
    tag = elem.tag
    if isinstance(tag, QName):
        yield tag.text
    elif isinstance(tag, str):
        yield tag
    elif not (tag is None or tag is Comment or tag is PI):
        _cannot_serialize(tag)
    for key, value in elem.items():
        yield key.text if isinstance(key, QName) else key
        if isinstance(value, QName):
            yield value.text
    if isinstance(elem.text, QName):
        yield elem.text.text


def _namespaces(root, default_namespace=None):
    """({qualified name: written name}, {uri: prefix}) for every name in the tree."""
    written = {None: None}
    prefixes = {default_namespace: ''} if default_namespace else {}
    for elem in root.iter():
        for name in _names_of(elem):
            if name in written:
                continue
            if name[:1] != '{':
                if default_namespace:
                    raise ValueError('cannot use non-qualified names with default_namespace option')
                written[name] = name
                continue
            uri, _, local = name[1:].partition('}')
            if uri in prefixes:
                prefix = prefixes[uri]
            else:
                prefix = _namespace_map.get(uri) or 'ns%d' % len(prefixes)
                if prefix != 'xml':
                    prefixes[uri] = prefix
            written[name] = prefix + ':' + local if prefix else local
    return written, prefixes


def _write_node(write, elem, written, prefixes, short_empty, html):
    """Writes elem, its subtree and its tail (as XML, or as HTML when html is true)."""
    tag, text = elem.tag, elem.text
    escape_attrib = _escape_attrib_html if html else _escape_attrib
    if tag is Comment or tag is PI:
        body = _escape_cdata(text) if html else text
        write(('<!--%s-->' if tag is Comment else '<?%s?>') % body)
    else:
        name = written[tag.text if isinstance(tag, QName) else tag]
        if name is not None:
            write('<' + name)
            for uri, prefix in sorted((prefixes or {}).items(), key=lambda pair: pair[1]):
                write(' xmlns%s="%s"' % (':' + prefix if prefix else '', escape_attrib(uri)))
            for key, value in list(elem.items()):
                key = written[key.text if isinstance(key, QName) else key]
                value = written[value.text] if isinstance(value, QName) else escape_attrib(value)
                write(' %s="%s"' % (key, value))
            if html:
                write('>')
            elif not (text or len(elem) or not short_empty):
                write(' />')
                name = None
            else:
                write('>')
        if text and (name is not None or tag is None):
            raw = html and name is not None and name.lower() in ('script', 'style')
            write(text if raw else _escape_cdata(text))
        if name is not None or tag is None:
            for child in elem:
                _write_node(write, child, written, None, short_empty, html)
        if name is not None and not (html and name.lower() in HTML_EMPTY):
            write('</' + name + '>')
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _write_xml(write, elem, written, prefixes, short_empty):
    _write_node(write, elem, written, prefixes, short_empty, False)


def _write_html(write, elem, written, prefixes, short_empty):
    _write_node(write, elem, written, prefixes, short_empty, True)


def _write_text(write, elem):
    for piece in elem.itertext():
        write(piece)
    if elem.tail:
        write(elem.tail)


_METHODS = {'xml': _write_xml, 'html': _write_html, 'text': None}


@contextlib.contextmanager
def _writer(target, encoding):
    '''(write, declared encoding) for target, a file name or a text or binary file.'''
    lowered = encoding.lower()
    if lowered == 'unicode':
        if hasattr(target, 'write'):
            yield target.write, 'utf-8'
        else:
            with open(target, 'w', errors='xmlcharrefreplace') as f:
                yield f.write, 'utf-8'
        return
    if not hasattr(target, 'write'):
        with open(target, 'w', encoding=encoding, errors='xmlcharrefreplace') as f:
            yield f.write, encoding
        return
    out = target.write
    pieces = []
    yield pieces.append, encoding
    data = ''.join(pieces)
    if isinstance(target, io.TextIOBase):
        out(data)
    else:
        out(data.encode(encoding, 'xmlcharrefreplace'))


def _write_tree(self, file_or_filename, encoding=None, xml_declaration=None,
                default_namespace=None, method=None, *, short_empty_elements=True):
    '''Writes the tree to a file name or file object, as bytes unless encoding is 'unicode'.'''
    if not method:
        method = 'xml'
    elif method not in _METHODS:
        raise ValueError('unknown method %r' % method)
    if not encoding:
        encoding = 'us-ascii'
    with _writer(file_or_filename, encoding) as (write, declared):
        if method == 'xml' and (xml_declaration or (
                xml_declaration is None and encoding.lower() != 'unicode'
                and declared.lower() not in ('utf-8', 'us-ascii'))):
            write("<?xml version='1.0' encoding='%s'?>\n" % (declared,))
        if method == 'text':
            _write_text(write, self._root)
        else:
            qnames, namespaces = _namespaces(self._root, default_namespace)
            _METHODS[method](write, self._root, qnames, namespaces, short_empty_elements)


ElementTree.write = _write_tree
del _write_tree


class _Collect(io.TextIOBase):
    '''A text stream that keeps each write as one list item (for tostringlist).'''

    def __init__(self, pieces):
        self._pieces = pieces

    def writable(self):
        return True

    def write(self, s):
        self._pieces.append(s)
        return len(s)


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    '''The serialized element: bytes, or str when encoding is 'unicode'.'''
    stream = io.StringIO() if encoding == 'unicode' else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    '''tostring() as a list of pieces.'''
    if encoding == 'unicode':
        pieces = []
        ElementTree(element).write(_Collect(pieces), encoding, xml_declaration=xml_declaration,
                                   default_namespace=default_namespace, method=method,
                                   short_empty_elements=short_empty_elements)
        return pieces
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace,
                     short_empty_elements=short_empty_elements)]


def dump(elem):
    '''Writes elem (or a tree's root) to sys.stdout, for debugging.'''
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding='unicode')
    tail = elem.getroot().tail
    if not tail or tail[-1] != '\n':
        sys.stdout.write('\n')


def indent(tree, space='  ', level=0):
    '''Indents tree in place: whitespace-only text and tails become newlines plus space * depth.'''
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f'Initial indentation level must be >= 0, got {level}')
    if not len(tree):
        return
    prefixes = ['\n' + level * space]

    def walk(elem, depth):
        if len(prefixes) <= depth + 1:
            prefixes.append(prefixes[depth] + space)
        inner = prefixes[depth + 1]
        if not elem.text or not elem.text.strip():
            elem.text = inner
        last = None
        for last in elem:
            if len(last):
                walk(last, depth + 1)
            if not last.tail or not last.tail.strip():
                last.tail = inner
        if not last.tail.strip():
            last.tail = prefixes[depth]

    walk(tree, 0)


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    '''C14N 2.0 output is not available in pymm.'''
    raise NotImplementedError('canonicalize() is not available in pymm')


class C14NWriterTarget:
    '''C14N 2.0 output is not available in pymm.'''

    def __init__(self, write, **options):
        raise NotImplementedError('C14NWriterTarget is not available in pymm')


_set_tp_name(Element, 'xml.etree.ElementTree.Element')
del _set_tp_name
`;
