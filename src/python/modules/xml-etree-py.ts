// `xml.etree.ElementTree`, part one: the Element type (with the C type's messages and no
// __dict__), Comment/PI/QName, SubElement, the ElementTree wrapper, TreeBuilder and the
// parsers (XMLParser, XMLPullParser, iterparse, fromstring, parse, XMLID) over pymm's own
// scanner (_xmlscan). Serialization is xml-etree-write-py.ts, appended to this source.
// Written for pymm after CPython 3.11's documented behaviour.

/** Python source of xml.etree.ElementTree's tree and parsing half. */
export const XML_ETREE_PY = String.raw`
'''The ElementTree XML API: a light tree of elements, with a parser and a serializer.'''
import sys
import io
import re
import warnings
import collections
import contextlib
from xml.etree import ElementPath
import _xmlscan

__all__ = [
    'Comment', 'dump', 'Element', 'ElementTree', 'fromstring', 'fromstringlist', 'indent',
    'iselement', 'iterparse', 'parse', 'ParseError', 'PI', 'ProcessingInstruction', 'QName',
    'SubElement', 'tostring', 'tostringlist', 'TreeBuilder', 'VERSION', 'XML', 'XMLID',
    'XMLParser', 'XMLPullParser', 'register_namespace', 'canonicalize', 'C14NWriterTarget',
]

VERSION = '1.3.0'


class ParseError(SyntaxError):  # expat's errors
    '''A document is not well-formed: code is expat's error number, position (line, column).'''


def _parse_error(code, message, line, column):
    err = ParseError(message)
    err.code = code
    err.position = (line, column)
    return err


def _type_name(obj):
    return type(obj).__name__


def _merge_attrib(attrib, extra):
    # The positional attrib dict, then an 'attrib' keyword (a dict), then the other keywords.
    merged = dict(attrib)
    if 'attrib' in extra:
        extra = dict(extra)
        more = extra.pop('attrib')
        if not isinstance(more, dict):
            raise TypeError('attrib must be dict, not %s' % _type_name(more))
        merged.update(more)
    merged.update(extra)
    return merged


class Element:
    '''An XML element: tag, attrib dict, text, tail, and a list of child elements.'''
    __slots__ = ('tag', 'attrib', 'text', 'tail', '_kids', '__weakref__')

    def __init__(self, *args, **extra):
        if not args or len(args) > 2:
            bound = ('least', 1, '') if not args else ('most', 2, 's')
            raise TypeError('Element() takes at %s %d argument%s (%d given)' % (bound + (len(args),)))
        tag, attrib = args if len(args) == 2 else (args[0], {})
        if not isinstance(attrib, dict):
            raise TypeError('Element() argument 2 must be dict, not %s' % _type_name(attrib))
        self.tag = tag
        self.attrib = _merge_attrib(attrib, extra)
        self.text = None
        self.tail = None
        self._kids = []

    def __repr__(self):
        return '<Element %r at %#x>' % (self.tag, id(self))

    def makeelement(self, tag, attrib):
        '''A new element of this element's type.'''
        return type(self)(tag, attrib)

    def __copy__(self):
        elem = self.makeelement(self.tag, dict(self.attrib))
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __deepcopy__(self, memo):
        import copy
        deepcopy = copy.deepcopy
        elem = self.makeelement(deepcopy(self.tag, memo), deepcopy(self.attrib, memo))
        elem.text = deepcopy(self.text, memo)
        elem.tail = deepcopy(self.tail, memo)
        elem._kids = [deepcopy(child, memo) for child in self._kids]
        return elem

    def __len__(self):
        return len(self._kids)

    def __getitem__(self, index):
        try:
            return self._kids[index]
        except IndexError:
            raise IndexError('child index out of range') from None

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            items = list(element)
            for e in items:
                self._check(e, 'expected an Element, not "%s"')
            self._kids[index] = items
            return
        self._check(element, 'expected an Element, not "%s"')
        try:
            self._kids[index] = element
        except IndexError:
            raise IndexError('child assignment index out of range') from None

    def __delitem__(self, index):
        try:
            del self._kids[index]
        except IndexError:
            raise IndexError('child assignment index out of range') from None

    def __iter__(self):
        return iter(self._kids)

    @staticmethod
    def _check(element, message):
        if not isinstance(element, Element):
            raise TypeError(message % _type_name(element))

    def append(self, subelement, /):
        '''Adds subelement at the end of the children.'''
        self._check(subelement, 'append() argument must be xml.etree.ElementTree.Element, not %s')
        self._kids.append(subelement)

    def extend(self, elements, /):
        '''Adds each element of elements at the end of the children.'''
        items = list(elements)
        for e in items:
            self._check(e, 'expected an Element, not "%s"')
        self._kids.extend(items)

    def insert(self, index, subelement, /):
        '''Inserts subelement before position index.'''
        self._check(subelement, 'insert() argument 2 must be xml.etree.ElementTree.Element, not %s')
        self._kids.insert(index, subelement)

    def remove(self, subelement, /):
        '''Removes the first child that is subelement.'''
        self._check(subelement, 'remove() argument must be xml.etree.ElementTree.Element, not %s')
        for i, child in enumerate(self._kids):
            if child is subelement or child == subelement:
                del self._kids[i]
                return
        raise ValueError('list.remove(x): x not in list')

    def find(self, path, namespaces=None): return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None): return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None): return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None): return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        '''Removes the children, attributes, text and tail.'''
        self.attrib.clear()
        self._kids = []
        self.text = self.tail = None

    def get(self, key, default=None):
        '''The attribute key's value, or default.'''
        attrib = self.attrib
        return attrib[key] if key in attrib else default

    def set(self, key, value, /):
        '''Sets the attribute key to value.'''
        self.attrib[key] = value

    def keys(self): return list(self.attrib)  # the attribute names, as a list

    def items(self): return list(self.attrib.items())  # the (name, value) pairs, as a list

    def iter(self, tag=None):
        '''This element and its descendants, depth first (only those tagged tag if given).'''
        if tag == '*':
            tag = None
        if self.tag == tag or tag is None:
            yield self
        for kid in self._kids:
            yield from kid.iter(tag)

    def itertext(self):
        '''The text inside this element, piece by piece, in document order.'''
        if self.text:
            yield self.text
        for kid in self._kids:
            yield from kid.itertext()
            if kid.tail:
                yield kid.tail


def SubElement(parent, tag, attrib={}, **extra):  # noqa
    '''A new element tagged tag, appended to parent's children.'''
    if not isinstance(parent, Element):
        raise TypeError('SubElement() argument 1 must be xml.etree.ElementTree.Element, not %s'
                        % _type_name(parent))
    if not isinstance(attrib, dict):
        raise TypeError('SubElement() argument 3 must be dict, not %s' % _type_name(attrib))
    elem = parent.makeelement(tag, _merge_attrib(attrib, extra))
    parent.append(elem)
    return elem


def Comment(text=None):
    '''A comment element (serialized as <!--text-->).'''
    elem = Element(Comment)
    elem.text = text
    return elem


def ProcessingInstruction(target, text=None):  # noqa
    '''A processing instruction element (serialized as <?target text?>).'''
    elem = Element(ProcessingInstruction)
    elem.text = target
    if text:
        elem.text = target + ' ' + text
    return elem


PI = ProcessingInstruction  # the short name


class QName:
    '''A qualified name, '{uri}local', usable as a tag, attribute name or value.'''

    def __init__(self, text_or_uri, tag=None):  # noqa
        self.text = '{%s}%s' % (text_or_uri, tag) if tag else text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (type(self).__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    def __eq__(self, other):
        return self.text == self._key(other)

    def __ne__(self, other):
        return self.text != self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __le__(self, other):
        return self.text <= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)


def iselement(element):
    '''Whether element looks like an Element (has a tag).'''
    return hasattr(element, 'tag')  # duck typing, as CPython


class ElementTree:
    '''A whole document: a root element, with parse and write.'''

    def __init__(self, element=None, file=None):  # noqa
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        '''The root element.'''
        return self._root

    def _setroot(self, root):
        self._root = root

    def parse(self, source, parser=None):
        '''Reads source (a file name or a file object) into this tree; returns the root.'''
        close = False
        if not hasattr(source, 'read'):
            source = open(source, 'rb')
            close = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                chunk = source.read(1 << 16)
                if not chunk:
                    break
                parser.feed(chunk)
            root = self._root = parser.close()
            return root
        finally:
            if close:
                source.close()

    def iter(self, tag=None): return self._root.iter(tag)  # the root's iter(tag)

    def _relative(self, path):
        if path[:1] == '/':
            path = '.' + path
            warnings.warn(
                'This search is broken in 1.3 and earlier, and will be fixed in a future '
                'version.  If you rely on the current behaviour, change it to %r' % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None): return self._root.find(self._relative(path), namespaces)

    def findtext(self, path, default=None, namespaces=None): return self._root.findtext(self._relative(path), default, namespaces)

    def findall(self, path, namespaces=None): return self._root.findall(self._relative(path), namespaces)

    def iterfind(self, path, namespaces=None): return self._root.iterfind(self._relative(path), namespaces)


class TreeBuilder:
    '''A parser target that builds a tree of elements from start/data/end calls.'''

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):  # noqa
        self._factory = element_factory or Element
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or PI
        self.insert_comments, self.insert_pis = insert_comments, insert_pis
        self._open = []
        self._text = []
        self._last = None
        self._root = None
        self._tail = False

    def _flush(self):
        if not self._text:
            return
        text = ''.join(self._text)
        self._text = []
        last = self._last
        if last is None:
            return
        if self._tail:
            last.tail = (last.tail or '') + text
        else:
            last.text = (last.text or '') + text

    def _attach(self, elem):
        if self._open:
            self._open[-1].append(elem)
        self._last = elem
        self._tail = True

    def start(self, tag, attrs):  # noqa
        '''Opens an element; returns it.'''
        self._flush()
        elem = self._factory(tag, attrs)
        if self._open:
            self._open[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._open.append(elem)
        self._last = elem
        self._tail = False
        return elem

    def end(self, tag):
        '''Closes the innermost open element; returns it.'''
        self._flush()
        self._last = self._open.pop()
        self._tail = True
        return self._last

    def data(self, data):
        '''Adds text to the current element's text or tail.'''
        self._text.append(data)

    def comment(self, text):
        '''A comment: a Comment element, kept in the tree when insert_comments is true.'''
        self._flush()
        elem = self._comment_factory(text)
        if self.insert_comments and self._open:
            self._attach(elem)
        return elem

    def pi(self, target, text=None):  # noqa
        '''A processing instruction: a PI element, kept when insert_pis is true.'''
        self._flush()
        elem = self._pi_factory(target, text)
        if self.insert_pis and self._open:
            self._attach(elem)
        return elem

    def close(self):
        '''The root element.'''
        self._flush()
        return self._root


class _Dispatch:
    '''Forwards the scanner's calls to a parser target's methods (those it has).'''

    def __init__(self, target, events=None):
        self.target = target
        for name in ('start', 'end', 'data', 'comment', 'pi', 'start_ns', 'end_ns'):
            method = getattr(target, name, None)
            setattr(self, name, method if method is not None else self._ignore)
        self.events = events

    @staticmethod
    def _ignore(*args):
        return None


class _Events(_Dispatch):
    '''A dispatcher that also records (event, value) pairs for XMLPullParser.'''

    def __init__(self, target, queue, wanted):
        super().__init__(target)
        self._queue = queue
        self._wanted = wanted
        own = {name: getattr(self, name) for name in ('start', 'end', 'comment', 'pi', 'start_ns', 'end_ns')}
        self._target_start, self._target_end = own['start'], own['end']
        self._target_comment, self._target_pi = own['comment'], own['pi']
        self._target_start_ns, self._target_end_ns = own['start_ns'], own['end_ns']
        self.start, self.end = self._start, self._end
        self.comment, self.pi = self._comment, self._pi
        self.start_ns, self.end_ns = self._start_ns, self._end_ns

    def _start(self, tag, attrib):
        elem = self._target_start(tag, attrib)
        if 'start' in self._wanted:
            self._queue.append(('start', elem))

    def _end(self, tag):
        elem = self._target_end(tag)
        if 'end' in self._wanted:
            self._queue.append(('end', elem))

    def _comment(self, text):
        elem = self._target_comment(text)
        if 'comment' in self._wanted:
            self._queue.append(('comment', elem))

    def _pi(self, target, text):
        elem = self._target_pi(target, text)
        if 'pi' in self._wanted:
            self._queue.append(('pi', elem))

    def _start_ns(self, prefix, uri):
        self._target_start_ns(prefix, uri)
        if 'start-ns' in self._wanted:
            self._queue.append(('start-ns', (prefix or '', uri or '')))

    def _end_ns(self, prefix):
        self._target_end_ns(prefix)
        if 'end-ns' in self._wanted:
            self._queue.append(('end-ns', None))


_ENCODING_DECL = re.compile(rb'^<\?xml[^>]*?encoding\s*=\s*["\']([A-Za-z0-9._\-]+)["\']')


class XMLParser:
    '''Parses XML text fed in pieces, calling target's start/end/data/... methods.'''

    def __init__(self, *, target=None, encoding=None):  # noqa
        self.target = target if target is not None else TreeBuilder()
        self._declared = encoding
        self._decoder = None
        self._scanner = _xmlscan.Scanner(_Dispatch(self.target), _parse_error)
        self.version = 'Expat 2.5.0'
        self.entity = self._scanner.entities

    def _decode(self, data, final):
        if not self._decoder:
            import codecs
            encoding = self._declared
            if encoding is None:
                m = _ENCODING_DECL.match(data)
                encoding = m.group(1).decode('ascii') if m else 'utf-8'
                if data.startswith(b'\xef\xbb\xbf'):
                    encoding = 'utf-8-sig'
            self._decoder = codecs.getincrementaldecoder(encoding)()
        return self._decoder.decode(data, final)

    def feed(self, data):
        '''Parses data (str or bytes) as far as it goes.'''
        if isinstance(data, (bytearray, bytes)):
            data = self._decode(bytes(data), False)
        elif not isinstance(data, str):
            raise TypeError("a bytes-like object is required, not '%s'" % _type_name(data))
        self._scanner.feed(data)

    def flush(self):
        '''Does nothing: data is parsed as it comes.'''

    def close(self):
        '''Finishes the document and returns the target's close() result.'''
        tail = self._decode(b'', True) if self._decoder is not None else ''
        self._scanner.feed(tail, True)
        close = getattr(self.target, 'close', None)
        return close() if close is not None else None

    def _set_events(self, queue, wanted):
        self._scanner.handler = _Events(self.target, queue, wanted)


_KNOWN_EVENTS = ('start', 'end', 'comment', 'pi', 'start-ns', 'end-ns')


class XMLPullParser:
    '''A non-blocking parser: feed() data, then read_events() (event, element) pairs.'''

    def __init__(self, events=None, *, _parser=None):  # noqa
        self._queue = collections.deque()
        self._parser = _parser if _parser is not None else XMLParser(target=TreeBuilder())
        if events is None:
            events = ('end',)
        wanted = set()
        for event in events:
            if event not in _KNOWN_EVENTS:
                raise ValueError('unknown event %r' % event)
            wanted.add(event)
        self._parser._set_events(self._queue, wanted)

    def feed(self, data):
        '''Parses data, queueing the events it completes.'''
        if self._parser is None:
            raise ValueError('feed() called after end of stream')
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as error:
                self._queue.append(error)

    def _finish(self):
        parser, self._parser = self._parser, None
        return parser.close()

    def close(self):
        '''Finishes parsing.'''
        self._finish()

    def flush(self):
        '''Does nothing: data is parsed as it comes.'''

    def read_events(self):
        '''An iterator over the events parsed so far.'''
        queue = self._queue
        while queue:
            event = queue.popleft()
            if isinstance(event, BaseException):
                raise event
            yield event


class _IterParse:
    '''The iterator iterparse() returns; its root attribute is set once it is exhausted.'''

    def __init__(self, source, events, parser):
        self.root = None
        self._close = not hasattr(source, 'read')
        self._source = open(source, 'rb') if self._close else source
        self._pull = XMLPullParser(events=events, _parser=parser)
        self._gen = self._run()

    def _run(self):
        pull = self._pull
        try:
            while True:
                yield from pull.read_events()
                data = self._source.read(16 * 1024)
                if not data:
                    break
                pull.feed(data)
            root = pull._finish()
            yield from pull.read_events()
            self.root = root
        finally:
            if self._close:
                self._source.close()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def iterparse(source, events=None, parser=None):  # noqa
    '''Parses source incrementally, yielding (event, element) pairs.'''
    return _IterParse(source, events, parser)


def parse(source, parser=None):  # noqa
    '''An ElementTree read from source (a file name or a file object).'''
    tree = ElementTree()
    tree.parse(source, parser=parser)
    return tree


def XML(text, parser=None):  # noqa
    '''The root element of the document in text (str or bytes).'''
    return fromstringlist((text,), parser)


fromstring = XML


def fromstringlist(sequence, parser=None):  # noqa
    '''The root element of the document whose pieces are sequence.'''
    if parser is None:
        parser = XMLParser()
    for text in sequence:
        parser.feed(text)
    return parser.close()


def XMLID(text, parser=None):  # noqa
    '''(root, {id: element}) for the document in text.'''
    root = XML(text, parser)
    ids = {}
    for elem in root.iter():
        key = elem.get('id')
        if key:
            ids[key] = elem
    return root, ids
`;
