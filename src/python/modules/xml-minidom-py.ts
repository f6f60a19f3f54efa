// `xml.dom.minidom`: a small DOM (Document, Element, Text, Comment, CDATASection,
// ProcessingInstruction, Attr and NamedNodeMap) built by pymm's XML scanner (_xmlscan),
// with CPython 3.11's tree shape (comments, PIs and CDATA sections kept, adjacent text
// merged), node reprs, toxml/toprettyxml/writexml layout and ExpatError texts. Written for pymm.

/** Python source of xml.dom.minidom, run in the module's namespace. */
export const XML_MINIDOM_PY = String.raw`
'''A minimal DOM implementation: parse, navigate, edit and write XML documents.'''
import io
import xml.dom
from xml.dom import Node, EMPTY_NAMESPACE
import _xmlscan
from xml.parsers.expat import ExpatError

__all__ = ['parse', 'parseString', 'getDOMImplementation', 'Document', 'Element', 'Text',
           'Comment', 'CDATASection', 'ProcessingInstruction', 'Attr', 'Node', 'NodeList']


class NodeList(list):
    '''A list of nodes with the DOM's length and item().'''
    __slots__ = ()

    @property
    def length(self):
        return len(self)

    def item(self, index):
        return self[index] if 0 <= index < len(self) else None


def _escape(data, quotes=True):
    data = data.replace('&', '&amp;').replace('<', '&lt;')
    if quotes:
        data = data.replace('"', '&quot;')
    return data.replace('>', '&gt;')


class _Node(Node):
    '''What every node has: a parent, children and siblings, and serialization.'''
    __slots__ = ()
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    nodeValue = None
    prefix = EMPTY_NAMESPACE
    namespaceURI = EMPTY_NAMESPACE

    def __bool__(self):
        return True

    @property
    def firstChild(self):
        kids = self.childNodes
        return kids[0] if kids else None

    @property
    def lastChild(self):
        kids = self.childNodes
        return kids[-1] if kids else None

    def hasChildNodes(self):
        return bool(self.childNodes)

    def _adopt(self, node, index):
        if node.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for child in list(node.childNodes):
                self._adopt(child, index)
                index += 1
            return node
        if node.nodeType not in self._allowed:
            raise xml.dom.HierarchyRequestErr('%s cannot be child of %s' % (repr(node), repr(self)))
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        kids = self.childNodes
        kids.insert(index, node)
        node.parentNode = self
        node.previousSibling = kids[index - 1] if index > 0 else None
        node.nextSibling = kids[index + 1] if index + 1 < len(kids) else None
        if node.previousSibling is not None:
            node.previousSibling.nextSibling = node
        if node.nextSibling is not None:
            node.nextSibling.previousSibling = node
        return node

    def appendChild(self, node):  # Adds node (moved from its old place) as the last child.
        return self._adopt(node, len(self.childNodes))

    def insertBefore(self, newChild, refChild):  # Adds newChild before refChild (at the end when refChild is None).
        if refChild is None:
            return self.appendChild(newChild)
        index = self._index(refChild)
        if newChild.parentNode is self and self._index(newChild) < index:
            index -= 1
        return self._adopt(newChild, index)

    def _index(self, child):
        for i, node in enumerate(self.childNodes):
            if node is child:
                return i
        raise xml.dom.NotFoundErr()

    def removeChild(self, oldChild):  # Takes oldChild out of the children; returns it.
        index = self._index(oldChild)
        del self.childNodes[index]
        if oldChild.previousSibling is not None:
            oldChild.previousSibling.nextSibling = oldChild.nextSibling
        if oldChild.nextSibling is not None:
            oldChild.nextSibling.previousSibling = oldChild.previousSibling
        oldChild.nextSibling = oldChild.previousSibling = None
        oldChild.parentNode = None
        return oldChild

    def replaceChild(self, newChild, oldChild):  # Puts newChild where oldChild was; returns oldChild.
        if newChild is oldChild:
            return oldChild
        index = self._index(oldChild)
        self.removeChild(oldChild)
        if newChild.parentNode is self and self._index(newChild) < index:
            index -= 1
        self._adopt(newChild, index)
        return oldChild

    def normalize(self):
        '''Merges adjacent text nodes and drops empty ones, through the whole subtree.'''
        kept = NodeList()
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    child.parentNode = None
                    continue
                if kept and kept[-1].nodeType == Node.TEXT_NODE:
                    kept[-1].data += child.data
                    child.parentNode = None
                    continue
            elif child.nodeType == Node.ELEMENT_NODE:
                child.normalize()
            kept.append(child)
        for i, child in enumerate(kept):
            child.previousSibling = kept[i - 1] if i else None
            child.nextSibling = kept[i + 1] if i + 1 < len(kept) else None
        self.childNodes[:] = kept

    def toxml(self, encoding=None, standalone=None):  # The node as XML text (bytes when encoding is given).
        return self.toprettyxml('', '', encoding, standalone)

    def toprettyxml(self, indent='\t', newl='\n', encoding=None, standalone=None):
        '''The node as XML, each node on its own line, indented by depth.'''
        out = io.StringIO()
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(out, '', indent, newl, encoding, standalone)
        else:
            self.writexml(out, '', indent, newl)
        text = out.getvalue()
        return text.encode(encoding, 'xmlcharrefreplace') if encoding is not None else text

    def unlink(self):
        '''Breaks the node's links (for the collector's sake in old Pythons).'''
        self.parentNode = self.ownerDocument = None
        for child in getattr(self, 'childNodes', ()):
            child.unlink()
        self.previousSibling = self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):  # DOM
        self.unlink()

    def _descendants(self):
        for child in self.childNodes:
            yield child
            if child.nodeType == Node.ELEMENT_NODE:
                yield from child._descendants()

    def getElementsByTagName(self, name):  # Every element below this node named name ('*': all), in document order.
        return NodeList(n for n in self._descendants()
                        if n.nodeType == Node.ELEMENT_NODE and (name == '*' or n.tagName == name))

    def getElementsByTagNameNS(self, namespaceURI, localName):  # DOM
        return NodeList(n for n in self._descendants() if n.nodeType == Node.ELEMENT_NODE
                        and (localName == '*' or n.localName == localName)
                        and (namespaceURI == '*' or n.namespaceURI == namespaceURI))


class _CharacterData(_Node):
    '''Text, comments and CDATA sections: a data string and no children.'''
    childNodes = ()

    def __init__(self, data=''):
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, value):
        self.data = value

    @property
    def length(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        return '<DOM %s node "%r%s">' % (type(self).__name__, data[:10], '...' if len(data) > 10 else '')

    def appendChild(self, node):  # DOM
        raise xml.dom.HierarchyRequestErr('%s nodes do not have children' % self.nodeName)

    def cloneNode(self, deep=False):
        twin = type(self)(self.data)
        twin.ownerDocument = self.ownerDocument
        return twin


class Text(_CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = '#text'

    @property
    def wholeText(self):
        return self.data

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(_escape('%s%s%s' % (indent, self.data, newl)))


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = '#cdata-section'

    def writexml(self, writer, indent='', addindent='', newl=''):
        if ']]>' in self.data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write('<![CDATA[%s]]>' % self.data)


class Comment(_CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = '#comment'

    def writexml(self, writer, indent='', addindent='', newl=''):
        if '--' in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write('%s<!--%s-->%s' % (indent, self.data, newl))


class ProcessingInstruction(_Node):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE
    childNodes = ()

    def __init__(self, target, data):  # DOM
        self.target = target
        self.data = data

    nodeName = property(lambda self: self.target)
    nodeValue = property(lambda self: self.data)

    def cloneNode(self, deep=False):
        return ProcessingInstruction(self.target, self.data)

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write('%s<?%s %s?>%s' % (indent, self.target, self.data, newl))


class Attr(_Node):
    '''An attribute node: name and value.'''
    nodeType = Node.ATTRIBUTE_NODE
    childNodes = ()
    specified = False

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self.localName = localName or qName.rpartition(':')[2]
        self.value = ''
        self.ownerElement = None

    nodeValue = property(lambda self: self.value)

    def __repr__(self):
        return '<%s.%s object at %#x>' % (__name__, type(self).__name__, id(self))


class NamedNodeMap:
    '''An element's attributes, by name: Attr nodes, with dict-like items()/keys().'''

    def __init__(self, element):
        self._attrs = element._attrs
        self._owner = element

    @property
    def length(self):
        return len(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def item(self, index):
        try:
            return list(self._attrs.values())[index]
        except IndexError:
            return None

    def items(self):
        return [(name, attr.value) for name, attr in self._attrs.items()]

    def keys(self):
        return self._attrs.keys()

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):  # DOM
        return self._attrs.get(name, value)

    def __getitem__(self, name):  # DOM
        if isinstance(name, tuple):
            for attr in self._attrs.values():
                if (attr.namespaceURI, attr.localName) == name:
                    return attr
            raise KeyError(name)
        return self._attrs[name]

    def __contains__(self, name):  # DOM
        return name in self._attrs

    def __setitem__(self, name, value):
        if isinstance(value, str):
            self._owner.setAttribute(name, value)
        else:
            self._owner.setAttributeNode(value)

    def __delitem__(self, name):  # DOM
        self._owner.removeAttribute(name)

    def __iter__(self):
        return iter(self._attrs)


class Element(_Node):
    '''An element: tagName, attributes and children.'''
    nodeType = Node.ELEMENT_NODE
    _allowed = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                Node.TEXT_NODE, Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        self.tagName = self.nodeName = tagName
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.localName = localName or tagName.rpartition(':')[2]
        self.childNodes = NodeList()
        self._attrs = {}

    def __repr__(self):
        return '<DOM Element: %s at %#x>' % (self.tagName, id(self))

    @property
    def attributes(self):
        return NamedNodeMap(self)

    def getAttribute(self, attname):  # The attribute's value, or '' when it is not set.
        attr = self._attrs.get(attname)
        return attr.value if attr is not None else ''

    def getAttributeNS(self, namespaceURI, localName):  # DOM
        for attr in self._attrs.values():
            if attr.namespaceURI == namespaceURI and attr.localName == localName:
                return attr.value
        return ''

    def setAttribute(self, attname, value):  # Sets (or adds) the attribute attname to the string value.
        attr = self._attrs.get(attname)
        if attr is None:
            attr = Attr(attname)
            attr.ownerDocument = self.ownerDocument
            attr.ownerElement = self
            self._attrs[attname] = attr
        attr.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):  # DOM
        prefix, _, local = qualifiedName.rpartition(':')
        self.setAttribute(qualifiedName, value)
        attr = self._attrs[qualifiedName]
        attr.namespaceURI, attr.prefix, attr.localName = namespaceURI, prefix or None, local

    def getAttributeNode(self, attrname):  # DOM
        return self._attrs.get(attrname)

    def setAttributeNode(self, attr):  # DOM
        old = self._attrs.get(attr.name)
        self._attrs[attr.name] = attr
        attr.ownerElement = self
        return old

    def removeAttribute(self, name):  # Removes the attribute name (xml.dom.NotFoundErr if it is not set).
        try:
            del self._attrs[name]
        except KeyError:
            raise xml.dom.NotFoundErr()

    def hasAttribute(self, name):  # DOM
        return name in self._attrs

    def hasAttributes(self):
        return bool(self._attrs)

    def cloneNode(self, deep=False):
        twin = Element(self.tagName, self.namespaceURI, self.prefix, self.localName)
        twin.ownerDocument = self.ownerDocument
        for name, attr in self._attrs.items():
            twin.setAttribute(name, attr.value)
        if deep:
            for child in self.childNodes:
                twin.appendChild(child.cloneNode(True))
        return twin

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(indent + '<' + self.tagName)
        for name, attr in self._attrs.items():
            writer.write(' %s="%s"' % (name, _escape(attr.value)))
        kids = self.childNodes
        if not kids:
            writer.write('/>%s' % newl)
            return
        writer.write('>')
        if len(kids) == 1 and kids[0].nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            kids[0].writexml(writer, '', '', '')
        else:
            writer.write(newl)
            for child in kids:
                child.writexml(writer, indent + addindent, addindent, newl)
            writer.write(indent)
        writer.write('</%s>%s' % (self.tagName, newl))


class DocumentFragment(_Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = '#document-fragment'
    _allowed = Element._allowed

    def __init__(self):
        self.childNodes = NodeList()


class Document(_Node):
    '''A whole document: its top-level nodes, one of them the documentElement.'''
    nodeType = Node.DOCUMENT_NODE
    nodeName = '#document'
    _allowed = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                Node.DOCUMENT_TYPE_NODE)
    doctype = None
    encoding = None
    standalone = None
    version = None

    def __init__(self):
        self.childNodes = NodeList()

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def appendChild(self, node):  # DOM
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement is not None:
            raise xml.dom.HierarchyRequestErr('two document elements disallowed')
        return super().appendChild(node)

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createElement(self, tagName):  # DOM
        return self._own(Element(tagName))

    def createElementNS(self, namespaceURI, qualifiedName):  # DOM
        prefix, _, local = qualifiedName.rpartition(':')
        return self._own(Element(qualifiedName, namespaceURI, prefix or None, local))

    def createTextNode(self, data):  # DOM
        if not isinstance(data, str):
            raise TypeError('node contents must be a string')
        return self._own(Text(data))

    def createCDATASection(self, data):  # DOM
        if not isinstance(data, str):
            raise TypeError('node contents must be a string')
        return self._own(CDATASection(data))

    def createComment(self, data):  # DOM
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):  # DOM
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):  # DOM
        return self._own(Attr(qName))

    def createDocumentFragment(self):  # DOM
        return self._own(DocumentFragment())

    def getElementById(self, elementId):
        for node in self._descendants():
            if node.nodeType == Node.ELEMENT_NODE and node.getAttribute('id') == elementId:
                return node
        return None

    def cloneNode(self, deep=False):
        twin = Document()
        if deep:
            for child in self.childNodes:
                twin.appendChild(child.cloneNode(True))
        return twin

    def writexml(self, writer, indent='', addindent='', newl='', encoding=None, standalone=None):
        parts = []
        if encoding:
            parts.append('encoding="%s"' % encoding)
        if standalone is not None:
            parts.append('standalone="%s"' % ('yes' if standalone else 'no'))
        writer.write('<?xml version="1.0" %s?>%s' % (' '.join(parts), newl))
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


class DOMImplementation:
    '''Makes documents.'''

    def hasFeature(self, feature, version):  # DOM
        return feature.lower() in ('core', 'xml') and version in (None, '1.0', '2.0')

    def createDocument(self, namespaceURI, qualifiedName, doctype):  # DOM
        doc = Document()
        if qualifiedName:
            element = doc.createElementNS(namespaceURI, qualifiedName) if namespaceURI \
                else doc.createElement(qualifiedName)
            doc.appendChild(element)
        return doc


_implementation = DOMImplementation()


def getDOMImplementation(features=None):  # The DOM implementation.
    return _implementation


class _Builder:
    '''Scanner handler that builds a Document.'''

    def __init__(self):
        self.document = Document()
        self.current = self.document

    def start(self, tag, attrib):
        element = self.document.createElement(tag)
        for name, value in attrib.items():
            element.setAttribute(name, value)
        self.current.childNodes.append(element)
        self._link(element)
        self.current = element

    def _link(self, node):
        kids = self.current.childNodes
        node.parentNode = self.current
        node.ownerDocument = self.document
        if len(kids) > 1:
            node.previousSibling = kids[-2]
            kids[-2].nextSibling = node

    def end(self, tag):
        self.current = self.current.parentNode

    def data(self, text):
        kids = self.current.childNodes
        if kids and type(kids[-1]) is Text:
            kids[-1].data += text
        elif self.current is not self.document:
            kids.append(Text(text))
            self._link(kids[-1])

    def cdata(self, text):
        kids = self.current.childNodes
        kids.append(CDATASection(text))
        self._link(kids[-1])

    def comment(self, text):
        self.current.childNodes.append(Comment(text))
        self._link(self.current.childNodes[-1])

    def pi(self, target, data):  # DOM
        self.current.childNodes.append(ProcessingInstruction(target, data))
        self._link(self.current.childNodes[-1])

    def start_ns(self, prefix, uri):  # DOM
        pass

    def end_ns(self, prefix):
        pass


def _expat_error(code, message, line, column):
    err = ExpatError(message)
    err.code, err.lineno, err.offset = code, line, column
    return err


def _build(chunks):
    builder = _Builder()
    scanner = _xmlscan.Scanner(builder, _expat_error)
    scanner.raw_names = True
    scanner.cdata_handler = builder.cdata
    decoder = None
    for chunk in chunks:
        if isinstance(chunk, (bytes, bytearray)):
            if decoder is None:
                import codecs, re
                m = re.match(rb'<\?xml[^>]*?encoding\s*=\s*["\']([A-Za-z0-9._\-]+)["\']', chunk)
                decoder = codecs.getincrementaldecoder(m.group(1).decode() if m else 'utf-8')()
            chunk = decoder.decode(bytes(chunk))
        scanner.feed(chunk)
    scanner.feed(decoder.decode(b'', True) if decoder else '', True)
    return builder.document


def parseString(string, parser=None):  # The Document parsed from string (str or bytes).
    return _build([string])


def parse(file, parser=None, bufsize=None):  # The Document parsed from file (a file name or a file object).
    if isinstance(file, str):
        with open(file, 'rb') as f:
            return _build([f.read()])
    return _build([file.read()])
`;
