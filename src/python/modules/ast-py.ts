// The ast module's Python half: the node classes (built from a compact table of CPython 3.11's
// node types), parse(), dump(), literal_eval(), the tree walkers and location helpers. It
// follows the behaviour of CPython 3.11's ast module; the parsing itself is pymm's own parser
// (ast.ts hands its tree over as the text of a dump with attributes, evaluated here).

/** The Python source of the ast module (the part after the native `_parse_text`). */
export const AST_PY = String.raw`
PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

_LOC_NAMES = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        names = type(self)._fields
        if len(args) > len(names):
            n = len(names)
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{n} positional argument{'' if n == 1 else 's'}")
        for name, value in zip(names, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


AST.__module__ = 'ast'

# One line per node class: "Name < Base [@ or @!] | fields"; '?' marks a field whose class
# default is None; '@' gives the location attributes (end_* defaulting to None), '@!' gives
# them with no defaults (the pattern nodes).
_TABLE = """
alias < AST @ | name asname?
arg < AST @ | arg annotation? type_comment?
arguments < AST | posonlyargs args vararg? kwonlyargs kw_defaults kwarg? defaults
boolop < AST
And < boolop
Or < boolop
cmpop < AST
Eq < cmpop
Gt < cmpop
GtE < cmpop
In < cmpop
Is < cmpop
IsNot < cmpop
Lt < cmpop
LtE < cmpop
NotEq < cmpop
NotIn < cmpop
comprehension < AST | target iter ifs is_async
excepthandler < AST @
ExceptHandler < excepthandler @ | type? name? body
expr < AST @
Attribute < expr @ | value attr ctx
Await < expr @ | value
BinOp < expr @ | left op right
BoolOp < expr @ | op values
Call < expr @ | func args keywords
Compare < expr @ | left ops comparators
Constant < expr @ | value kind?
Dict < expr @ | keys values
DictComp < expr @ | key value generators
FormattedValue < expr @ | value conversion format_spec?
GeneratorExp < expr @ | elt generators
IfExp < expr @ | test body orelse
JoinedStr < expr @ | values
Lambda < expr @ | args body
List < expr @ | elts ctx
ListComp < expr @ | elt generators
Name < expr @ | id ctx
NamedExpr < expr @ | target value
Set < expr @ | elts
SetComp < expr @ | elt generators
Slice < expr @ | lower? upper? step?
Starred < expr @ | value ctx
Subscript < expr @ | value slice ctx
Tuple < expr @ | elts ctx
UnaryOp < expr @ | op operand
Yield < expr @ | value?
YieldFrom < expr @ | value
expr_context < AST
Del < expr_context
Load < expr_context
Store < expr_context
keyword < AST @ | arg? value
match_case < AST | pattern guard? body
mod < AST
Expression < mod | body
FunctionType < mod | argtypes returns
Interactive < mod | body
Module < mod | body type_ignores
operator < AST
Add < operator
BitAnd < operator
BitOr < operator
BitXor < operator
Div < operator
FloorDiv < operator
LShift < operator
MatMult < operator
Mod < operator
Mult < operator
Pow < operator
RShift < operator
Sub < operator
pattern < AST @!
MatchAs < pattern @! | pattern? name?
MatchClass < pattern @! | cls patterns kwd_attrs kwd_patterns
MatchMapping < pattern @! | keys patterns rest?
MatchOr < pattern @! | patterns
MatchSequence < pattern @! | patterns
MatchSingleton < pattern @! | value
MatchStar < pattern @! | name?
MatchValue < pattern @! | value
stmt < AST @
AnnAssign < stmt @ | target annotation value? simple
Assert < stmt @ | test msg?
Assign < stmt @ | targets value type_comment?
AsyncFor < stmt @ | target iter body orelse type_comment?
AsyncFunctionDef < stmt @ | name args body decorator_list returns? type_comment?
AsyncWith < stmt @ | items body type_comment?
AugAssign < stmt @ | target op value
Break < stmt @
ClassDef < stmt @ | name bases keywords body decorator_list
Continue < stmt @
Delete < stmt @ | targets
Expr < stmt @ | value
For < stmt @ | target iter body orelse type_comment?
FunctionDef < stmt @ | name args body decorator_list returns? type_comment?
Global < stmt @ | names
If < stmt @ | test body orelse
Import < stmt @ | names
ImportFrom < stmt @ | module? names level?
Match < stmt @ | subject cases
Nonlocal < stmt @ | names
Pass < stmt @
Raise < stmt @ | exc? cause?
Return < stmt @ | value?
Try < stmt @ | body handlers orelse finalbody
TryStar < stmt @ | body handlers orelse finalbody
While < stmt @ | test body orelse
With < stmt @ | items body type_comment?
type_ignore < AST
TypeIgnore < type_ignore | lineno tag
unaryop < AST
Invert < unaryop
Not < unaryop
UAdd < unaryop
USub < unaryop
withitem < AST | context_expr optional_vars?
"""


def _make_node_classes(space):
    for row in _TABLE.strip().splitlines():
        head, _, field_text = row.partition('|')
        name, _, base_text = head.partition('<')
        base_parts = base_text.split()
        base = space[base_parts[0]]
        ns = {'__module__': 'ast'}
        fields = []
        for word in field_text.split():
            if word.endswith('?'):
                word = word[:-1]
                ns[word] = None
            fields.append(word)
        ns['_fields'] = tuple(fields)
        ns['__match_args__'] = tuple(fields)
        if '@' in base_parts:
            ns['_attributes'] = _LOC_NAMES
            ns['end_lineno'] = ns['end_col_offset'] = None
        elif '@!' in base_parts:
            ns['_attributes'] = _LOC_NAMES
        space[name.strip()] = type(name.strip(), (base,), ns)


_make_node_classes(globals())
del _make_node_classes


def _value_alias(cls):
    def get(self):
        return self.value

    def put(self, value):
        self.value = value

    cls.n = cls.s = property(get, put)


_value_alias(Constant)


class _LegacyConstantMeta(type):
    def __instancecheck__(cls, obj):
        if not isinstance(obj, Constant):
            return False
        kinds, refused = _LEGACY_KINDS.get(cls, ((), ()))
        try:
            value = obj.value
        except AttributeError:
            return False
        return isinstance(value, kinds) and not isinstance(value, refused)


def _legacy_new(cls, *args, **kwargs):
    if cls in _LEGACY_KINDS:
        names = cls._fields
        if len(args) > len(names):
            raise TypeError(f"{cls.__name__} constructor takes at most "
                            f"{len(names)} positional argument{'' if len(names) == 1 else 's'}")
        given = dict(zip(names, args))
        given.update(kwargs)
        if names and names[0] in given:
            given['value'] = given.pop(names[0])
        if cls is Ellipsis:
            given['value'] = ...
        return Constant(**given)
    return Constant.__new__(cls)


Num = _LegacyConstantMeta('Num', (Constant,), {'__module__': 'ast', '_fields': ('n',), '__new__': _legacy_new})
Str = _LegacyConstantMeta('Str', (Constant,), {'__module__': 'ast', '_fields': ('s',), '__new__': _legacy_new})
Bytes = _LegacyConstantMeta('Bytes', (Constant,), {'__module__': 'ast', '_fields': ('s',), '__new__': _legacy_new})
NameConstant = _LegacyConstantMeta('NameConstant', (Constant,), {'__module__': 'ast', '__new__': _legacy_new})
Ellipsis = _LegacyConstantMeta('Ellipsis', (Constant,), {'__module__': 'ast', '_fields': (), '__new__': _legacy_new})
_LEGACY_KINDS = {
    Num: ((int, float, complex), (bool,)),
    Str: ((str,), ()),
    Bytes: ((bytes,), ()),
    NameConstant: ((type(None), bool), ()),
    Ellipsis: ((type(...),), ()),
}


class slice(AST):
    __module__ = 'ast'


class Index(slice):
    __module__ = 'ast'

    def __new__(cls, value, **_ignored):
        return value


class ExtSlice(slice):
    __module__ = 'ast'

    def __new__(cls, dims=(), **extra):
        return Tuple(elts=list(dims), ctx=Load(), **extra)


Suite = type('Suite', (mod,), {'__module__': 'ast'})
AugLoad, AugStore, Param = (type(_old, (expr_context,), {'__module__': 'ast'})
                            for _old in ('AugLoad', 'AugStore', 'Param'))


def _tree_from_text(text):
    return eval(text, _BUILD_SPACE)


_BUILD_SPACE = dict(globals())
_BUILD_SPACE['inf'] = float('inf')
_BUILD_SPACE['infj'] = complex(0, float('inf'))
_BUILD_SPACE['Ellipsis'] = ...


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse the source into an AST node (compile with PyCF_ONLY_AST)."""
    if isinstance(source, AST):
        return source
    if mode not in ('exec', 'eval', 'single', 'func_type'):
        raise ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
    if isinstance(source, (bytes, bytearray, memoryview)):
        source = bytes(source).decode('utf-8')
    elif not isinstance(source, str):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    if mode == 'func_type':
        raise NotImplementedError("pymm's ast.parse has no 'func_type' mode")
    if not isinstance(filename, str):
        filename = str(filename)
    return _tree_from_text(_parse_text(source, filename, mode))


def _field_text(node, names, level, indent, annotate, attrs_too):
    # The "name=value" (or bare value) pieces of one node, and whether all were simple.
    cls = type(node)
    pieces = []
    simple = True
    use_names = annotate
    for group, is_attr in ((names, False), (cls._attributes if attrs_too else (), True)):
        for name in group:
            try:
                value = getattr(node, name)
            except AttributeError:
                if not is_attr:
                    use_names = True
                continue
            if value is None and getattr(cls, name, 0) is None:
                if not is_attr:
                    use_names = True
                continue
            text, leaf = _dump_any(value, level, indent, annotate, attrs_too)
            simple = simple and leaf
            pieces.append(f'{name}={text}' if use_names or is_attr else text)
    return pieces, simple


def _dump_any(value, level, indent, annotate, attrs_too):
    # Returns (text, simple): simple values let their parent stay on one line.
    if indent is None:
        opener, joiner = '', ', '
    else:
        level += 1
        opener = '\n' + indent * level
        joiner = ',' + opener
    if isinstance(value, AST):
        pieces, simple = _field_text(value, value._fields, level, indent, annotate, attrs_too)
        name = type(value).__name__
        if simple and len(pieces) <= 3:
            return name + '(' + ', '.join(pieces) + ')', not pieces
        return name + '(' + opener + joiner.join(pieces) + ')', False
    if isinstance(value, list):
        if not value:
            return '[]', True
        items = [_dump_any(v, level, indent, annotate, attrs_too)[0] for v in value]
        return '[' + opener + joiner.join(items) + ']', False
    return repr(value), True


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """Return a formatted dump of the tree in node."""
    if not isinstance(node, AST):
        raise TypeError(f'expected AST, got {type(node).__name__!r}')
    if not isinstance(indent, (str, type(None))):
        indent = ' ' * indent
    return _dump_any(node, 0, indent, annotate_fields, include_attributes)[0]


def _malformed(node):
    line = getattr(node, 'lineno', None)
    where = f' on line {line}' if line else ''
    raise ValueError(f'malformed node or string{where}: {node!r}')


def _plain_number(node):
    if isinstance(node, Constant) and type(node.value) in (int, float, complex):
        return node.value
    _malformed(node)


def _maybe_signed(node):
    sign = type(node.op) if isinstance(node, UnaryOp) else None
    if sign is USub:
        return -_plain_number(node.operand)
    if sign is UAdd:
        return +_plain_number(node.operand)
    return _plain_number(node)


def _literal(node):
    if isinstance(node, Constant):
        return node.value
    if isinstance(node, (Tuple, List, Set)):
        items = [_literal(e) for e in node.elts]
        return tuple(items) if isinstance(node, Tuple) else list(items) if isinstance(node, List) else set(items)
    if isinstance(node, Call) and isinstance(node.func, Name):
        if node.func.id == 'set' and node.args == node.keywords == []:
            return set()
    if isinstance(node, Dict):
        if len(node.values) != len(node.keys):
            _malformed(node)
        keys = [_literal(k) for k in node.keys]
        values = [_literal(v) for v in node.values]
        return dict(zip(keys, values))
    if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
        real = _maybe_signed(node.left)
        imag = _plain_number(node.right)
        if isinstance(real, (int, float)) and isinstance(imag, complex):
            return real + imag if isinstance(node.op, Add) else real - imag
    return _maybe_signed(node)


def literal_eval(node_or_string):
    """Evaluate a node or string holding only a Python literal or container display."""
    tree = node_or_string
    if isinstance(tree, str):
        tree = parse(tree.lstrip(' \t'), mode='eval')
    if isinstance(tree, Expression):
        tree = tree.body
    return _literal(tree)


def iter_fields(node):
    """Yield (name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            value = getattr(node, name)
        except AttributeError:
            continue
        yield name, value


def iter_child_nodes(node):
    """Yield the direct child nodes of node, in field order."""
    for _name, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            yield from (item for item in value if isinstance(item, AST))


def walk(node):
    """Yield node and all its descendants, breadth first."""
    pending = [node]
    at = 0
    while at < len(pending):
        current = pending[at]
        at += 1
        pending.extend(iter_child_nodes(current))
        yield current


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError(f"{type(node).__name__!r} can't have docstrings")
    body = node.body
    if not body or not isinstance(body[0], Expr):
        return None
    first = body[0].value
    if not isinstance(first, Constant) or not isinstance(first.value, str):
        return None
    if clean:
        import inspect
        return inspect.cleandoc(first.value)
    return first.value


def copy_location(new_node, old_node):
    """Copy the location attributes of old_node onto new_node and return new_node."""
    for name in _LOC_NAMES:
        if name not in old_node._attributes or name not in new_node._attributes:
            continue
        value = getattr(old_node, name, None)
        if value is None and not (name.startswith('end_') and hasattr(old_node, name)):
            continue
        setattr(new_node, name, value)
    return new_node


def _fill_locations(node, inherited):
    own = node._attributes
    start_line, start_col, end_line, end_col = inherited
    if 'lineno' in own:
        if hasattr(node, 'lineno'):
            start_line = node.lineno
        else:
            node.lineno = start_line
    if 'end_lineno' in own:
        if getattr(node, 'end_lineno', None) is not None:
            end_line = node.end_lineno
        else:
            node.end_lineno = end_line
    if 'col_offset' in own:
        if hasattr(node, 'col_offset'):
            start_col = node.col_offset
        else:
            node.col_offset = start_col
    if 'end_col_offset' in own:
        if getattr(node, 'end_col_offset', None) is not None:
            end_col = node.end_col_offset
        else:
            node.end_col_offset = end_col
    for child in iter_child_nodes(node):
        _fill_locations(child, (start_line, start_col, end_line, end_col))


def fix_missing_locations(node):
    """Give every node lacking a location its parent's, starting from line 1 column 0."""
    _fill_locations(node, (1, 0, 1, 0))
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and every node under it."""
    for child in walk(node):
        if isinstance(child, TypeIgnore) or 'lineno' in child._attributes:
            child.lineno = n + getattr(child, 'lineno', 0)
            if isinstance(child, TypeIgnore):
                continue
        if 'end_lineno' in child._attributes:
            end = getattr(child, 'end_lineno', 0)
            if end is not None:
                child.end_lineno = end + n
    return node


def _split_source_lines(source):
    lines = []
    start = 0
    at = 0
    while at < len(source):
        ch = source[at]
        at += 1
        if ch == '\r' and at < len(source) and source[at] == '\n':
            at += 1
        if ch in '\r\n':
            lines.append(source[start:at])
            start = at
    if start < len(source):
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The source text node was parsed from, or None when node has no full location."""
    try:
        if None in (node.end_lineno, node.end_col_offset):
            return None
        first, last = node.lineno - 1, node.end_lineno - 1
        start_col, end_col = node.col_offset, node.end_col_offset
    except AttributeError:
        return None
    lines = _split_source_lines(source)
    if first == last:
        return lines[first].encode()[start_col:end_col].decode()
    pad = ''
    if padded:
        pad = ''.join(c if c in ' \t\f' else ' ' for c in lines[first].encode()[:start_col].decode())
    head = pad + lines[first].encode()[start_col:].decode()
    tail = lines[last].encode()[:end_col].decode()
    return ''.join([head, *lines[first + 1:last], tail])


class NodeVisitor:
    """Walks a tree calling visit_<ClassName> for each node (generic_visit by default)."""

    def visit(self, node):
        """Visit a node."""
        handler = getattr(self, 'visit_' + type(node).__name__, self.generic_visit)
        return handler(node)

    def generic_visit(self, node):
        """Visit the children of node."""
        for _name, value in iter_fields(node):
            if isinstance(value, AST):
                self.visit(value)
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)

    def visit_Constant(self, node):
        value = node.value
        for legacy, kind in _LEGACY_KINDS.items():
            if isinstance(node, legacy):
                handler = getattr(self, 'visit_' + legacy.__name__, None)
                if handler is not None:
                    import warnings
                    warnings.warn(f'{"visit_" + legacy.__name__} is deprecated; add visit_Constant',
                                  DeprecationWarning, 2)
                    return handler(node)
                break
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit_ methods return the replacement node (None removes it)."""

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                kept = []
                for item in value:
                    if not isinstance(item, AST):
                        kept.append(item)
                        continue
                    result = self.visit(item)
                    if result is None:
                        continue
                    if isinstance(result, AST):
                        kept.append(result)
                    else:
                        kept.extend(result)
                value[:] = kept
            elif isinstance(value, AST):
                result = self.visit(value)
                if result is None:
                    delattr(node, name)
                else:
                    setattr(node, name, result)
        return node
`;
