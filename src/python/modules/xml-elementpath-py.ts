// `xml.etree.ElementPath`: the small XPath subset behind Element.find/findall/iterfind/
// findtext (tags, '*', '.', '..', '//', predicates on attributes, children, text and
// position, '{ns}' and 'prefix:' names), with CPython 3.11's results and SyntaxError
// texts. Written for pymm.

/** Python source of xml.etree.ElementPath, run in the module's namespace. */
export const XML_ELEMENTPATH_PY = String.raw`
'''Find elements in an ElementTree tree by a limited XPath expression.'''
import re as _re

_TOKEN = _re.compile(
    r"\s*(?:(//?|\.\.|\(\)|!=|[.*\[\]()@=])|('[^']*'|\"[^\"]*\")|"
    r"((?:\{[^}]*\})?[^/\[\]()@=!\s'\"]+))"
)
_cache = {}


def _tokens(path, namespaces):
    '''(operator, name) pairs; names are expanded through the prefix map.'''
    pos = 0
    default = namespaces.get('') if namespaces else None
    out = []
    while pos < len(path):
        m = _TOKEN.match(path, pos)
        if m is None or m.end() == pos:
            if path[pos:].strip():
                out.append((path[pos:].strip()[0], ''))
            break
        pos = m.end()
        op, quoted, name = m.groups()
        if op is not None:
            out.append((op, ''))
        elif quoted is not None:
            out.append((quoted, ''))
        else:
            if name[:1] != '{' and ':' in name:
                prefix, local = name.split(':', 1)
                try:
                    if not namespaces:
                        raise KeyError
                    name = '{%s}%s' % (namespaces[prefix], local)
                except KeyError:
                    raise SyntaxError('prefix %r not found in prefix map' % prefix) from None
            elif default and name[:1] != '{' and not name[:1].isdigit() and name != 'last':
                name = '{%s}%s' % (default, name)
            out.append(('', name))
    return out


def _tag_test(tag):
    '''A function telling whether an element's tag matches tag (which may hold '{*}').'''
    if tag == '*' or tag == '{*}*':
        return lambda t: t is not None
    if tag == '{}*':
        return lambda t: isinstance(t, str) and t[:1] != '{'
    if tag[:3] == '{*}':
        local = tag[3:]
        return lambda t: isinstance(t, str) and (t == local or t.endswith('}' + local))
    if tag[-2:] == '}*':
        ns = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(ns)
    return lambda t: t == tag


def _parent_map(root):
    return {child: parent for parent in root.iter() for child in parent}


def _step_children(tag):
    if tag == '*':
        return lambda root, elems: [c for e in elems for c in e]
    test = _tag_test(tag)
    return lambda root, elems: [c for e in elems for c in e if test(c.tag)]


def _step_descendants(tag):
    test = _tag_test(tag)

    def step(root, elems):
        found = []
        for e in elems:
            it = e.iter()
            next(it)
            found.extend(d for d in it if test(d.tag))
        return found
    return step


def _step_parent(root, elems):
    parents = _parent_map(root)
    found = []
    seen = set()
    for e in elems:
        p = parents.get(e)
        if p is not None and id(p) not in seen:
            seen.add(id(p))
            found.append(p)
    return found


def _predicate(parts):
    '''The step for the predicate whose tokens are parts.'''
    ops = ''.join(op if op and op[0] not in '\'"' else ("'" if op else '-') for op, _ in parts)
    values = [op[1:-1] if op and op[0] in '\'"' else name for op, name in parts]
    if ops == '@-':
        key = values[1]
        return lambda root, elems: [e for e in elems if e.get(key) is not None]
    if ops in ("@-='", "@-!='"):
        key, value = values[1], values[-1]
        if ops == "@-='":
            return lambda root, elems: [e for e in elems if e.get(key) == value]
        return lambda root, elems: [e for e in elems if e.get(key) is not None and e.get(key) != value]
    if ops == '-' and not _re.match(r'-?\d+$', values[0]):
        test = _tag_test(values[0])
        return lambda root, elems: [e for e in elems if any(test(c.tag) for c in e)]
    if ops in ("-='", "-!='", ".='", ".!='"):
        tag, value = values[0], values[-1]
        same = '!' not in ops

        def text_of(e):
            return ''.join(e.itertext())
        if ops[0] == '.':
            return lambda root, elems: [e for e in elems if (text_of(e) == value) == same]
        test = _tag_test(tag)
        if same:
            return lambda root, elems: [e for e in elems if any(test(c.tag) and text_of(c) == value for c in e)]
        return lambda root, elems: [e for e in elems if any(test(c.tag) and text_of(c) != value for c in e)]
    if ops in ('-', '-()', '-()-'):
        if ops == '-':
            index = int(values[0]) - 1
            if index < 0:
                raise SyntaxError('XPath position >= 1 expected')
        else:
            if values[0] != 'last':
                raise SyntaxError('unsupported function')
            if ops == '-()-':
                try:
                    index = int(values[2]) - 1
                except ValueError:
                    raise SyntaxError('unsupported expression')
                if index > -2:
                    raise SyntaxError('XPath offset from last() must be negative')
            else:
                index = -1

        def step(root, elems):
            parents = _parent_map(root)
            found = []
            for e in elems:
                p = parents.get(e)
                if p is None:
                    continue
                same = [c for c in p if c.tag == e.tag]
                try:
                    if same[index] is e:
                        found.append(e)
                except IndexError:
                    pass
            return found
        return step
    raise SyntaxError('invalid predicate')


def _compile(path, namespaces):
    if path[-1:] == '/':
        path = path + '*'
    tokens = _tokens(path, namespaces)
    steps = []
    i = 0
    if tokens and tokens[0][0] == '/':
        raise SyntaxError('cannot use absolute path on element')
    while i < len(tokens):
        op, name = tokens[i]
        i += 1
        if op == '' or op == '*':
            steps.append(_step_children(name or '*'))
        elif op == '.':
            pass
        elif op == '..':
            steps.append(_step_parent)
        elif op == '//':
            if i >= len(tokens):
                break
            op, name = tokens[i]
            i += 1
            if op == '*':
                name = '*'
            elif op:
                raise SyntaxError('invalid descendant')
            steps.append(_step_descendants(name))
        elif op == '[':
            parts = []
            while i < len(tokens) and tokens[i][0] != ']':
                parts.append(tokens[i])
                i += 1
            i += 1
            steps.append(_predicate(parts))
        else:
            raise SyntaxError('invalid path')
        if i < len(tokens) and tokens[i][0] == '/':
            i += 1
    return steps


def _select(elem, path, namespaces):
    key = (path, tuple(sorted(namespaces.items())) if namespaces else None)
    steps = _cache.get(key)
    if steps is None:
        if len(_cache) > 100:
            _cache.clear()
        steps = _cache[key] = _compile(path, namespaces)
    elems = [elem]
    for step in steps:
        elems = step(elem, elems)
        if not elems:
            break
    return elems


def iterfind(elem, path, namespaces=None):
    '''An iterator over the elements path selects below elem.'''
    return iter(_select(elem, path, namespaces))


def find(elem, path, namespaces=None):
    '''The first element path selects below elem, or None.'''
    found = _select(elem, path, namespaces)
    return found[0] if found else None


def findall(elem, path, namespaces=None):
    '''The list of the elements path selects below elem.'''
    return _select(elem, path, namespaces)


def findtext(elem, path, default=None, namespaces=None):
    '''The text of the first element path selects ('' when it has none), or default.'''
    found = _select(elem, path, namespaces)
    if not found:
        return default
    return found[0].text or ''
`;
