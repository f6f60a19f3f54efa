// The `xml.dom` package (Node's type constants, the DOMException family, namespace URIs)
// and `xml.parsers.expat`'s ExpatError, which minidom's parse errors are. Written for pymm.

/** Python source of the xml.dom package. */
export const XML_DOM_PY = String.raw`
'''The W3C Document Object Model's constants and exceptions, shared by xml.dom.minidom.'''
__path__ = []


class Node:
    '''Node type codes, as class attributes of every DOM node.'''
    __slots__ = ()
    ELEMENT_NODE = 1
    ATTRIBUTE_NODE = 2
    TEXT_NODE = 3
    CDATA_SECTION_NODE = 4
    ENTITY_REFERENCE_NODE = 5
    ENTITY_NODE = 6
    PROCESSING_INSTRUCTION_NODE = 7
    COMMENT_NODE = 8
    DOCUMENT_NODE = 9
    DOCUMENT_TYPE_NODE = 10
    DOCUMENT_FRAGMENT_NODE = 11
    NOTATION_NODE = 12


class DOMException(Exception):
    '''The base of the DOM's errors; code is the DOM error number.'''

    def __init__(self, *args, **kw):
        if self.__class__ is DOMException:
            raise RuntimeError('DOMException should not be instantiated directly')
        Exception.__init__(self, *args, **kw)

    def _get_code(self):
        return self.code


def _dom_error(name, code):
    cls = type(name, (DOMException,), {'code': code, '__module__': 'xml.dom'})
    globals()[name] = cls
    return code


INDEX_SIZE_ERR = _dom_error('IndexSizeErr', 1)
DOMSTRING_SIZE_ERR = _dom_error('DomstringSizeErr', 2)
HIERARCHY_REQUEST_ERR = _dom_error('HierarchyRequestErr', 3)
WRONG_DOCUMENT_ERR = _dom_error('WrongDocumentErr', 4)
INVALID_CHARACTER_ERR = _dom_error('InvalidCharacterErr', 5)
NO_DATA_ALLOWED_ERR = _dom_error('NoDataAllowedErr', 6)
NO_MODIFICATION_ALLOWED_ERR = _dom_error('NoModificationAllowedErr', 7)
NOT_FOUND_ERR = _dom_error('NotFoundErr', 8)
NOT_SUPPORTED_ERR = _dom_error('NotSupportedErr', 9)
INUSE_ATTRIBUTE_ERR = _dom_error('InuseAttributeErr', 10)
INVALID_STATE_ERR = _dom_error('InvalidStateErr', 11)
SYNTAX_ERR = _dom_error('SyntaxErr', 12)
INVALID_MODIFICATION_ERR = _dom_error('InvalidModificationErr', 13)
NAMESPACE_ERR = _dom_error('NamespaceErr', 14)
INVALID_ACCESS_ERR = _dom_error('InvalidAccessErr', 15)
VALIDATION_ERR = _dom_error('ValidationErr', 16)
del _dom_error

XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace'
XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/'
XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml'
EMPTY_NAMESPACE = None
EMPTY_PREFIX = None


def getDOMImplementation(name=None, features=()):
    '''minidom's DOMImplementation (the only one pymm has).'''
    from xml.dom import minidom
    return minidom.getDOMImplementation()
`;

/** Python source of xml.parsers (a package) and xml.parsers.expat's error type. */
export const XML_PARSERS_PY = String.raw`
__path__ = []
`;

/** Python source of xml.parsers.expat: the ExpatError raised by minidom's parsers. */
export const XML_EXPAT_PY = String.raw`
'''What pymm has of the expat binding: its error type (the parser is pymm's own scanner).'''


class ExpatError(Exception):
    '''A document is not well-formed: code, lineno and offset locate the error.'''


error = ExpatError
ExpatError.__module__ = 'xml.parsers.expat'
`;
