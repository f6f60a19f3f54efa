// The pprint module in Python: PrettyPrinter (line breaking of dicts, lists, tuples, sets, strings, bytes, collections types, dataclasses and namespaces; depth, compact, sort_dicts, underscore_numbers; recursion markers), pprint, pformat, pp, saferepr, isreadable, isrecursive, following the behaviour of CPython 3.11's module.

/** Python source of the `pprint` module, run in the module's namespace. */
export const PPRINT_PY = String.raw`"""Pretty-printing of Python data: pprint, pformat, pp, saferepr, isreadable, isrecursive and
PrettyPrinter, which break the repr of containers over lines to fit a width."""

import sys as _sys
import types as _types

__all__ = [
    'pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr', 'PrettyPrinter', 'pp',
]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Prints object's pretty repr to stream (sys.stdout by default), then a newline."""
    options = dict(compact=compact, sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    PrettyPrinter(indent, width, depth, stream, **options).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """object's pretty repr as a string."""
    options = dict(compact=compact, sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    return PrettyPrinter(indent, width, depth, **options).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint, but keeping dicts in their own order by default."""
    kwargs['sort_dicts'] = sort_dicts
    pprint(object, *args, **kwargs)


def _one_line(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """object's repr on one line, with recursive references shown as markers."""
    return _one_line(object)[0]


def isreadable(object):
    """Whether object's repr can be read back by eval()."""
    return _one_line(object)[1]


def isrecursive(object):
    """Whether object contains a reference to itself."""
    return _one_line(object)[2]


class _SortKey:
    """Orders values that may not be comparable: by value where possible, else by type
    name and id."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        a, b = self.obj, other.obj
        try:
            return a < b
        except TypeError:
            return (str(type(a)), id(a)) < (str(type(b)), id(b))


def _item_key(pair):
    return _SortKey(pair[0]), _SortKey(pair[1])


def _marker(object):
    return '<Recursion on %s with id=%s>' % (type(object).__name__, id(object))


# Types whose repr is used as it is (never containers, never recursive).
_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})
_INT_REPR, _DICT_REPR = int.__repr__, dict.__repr__
_LIST_REPR, _TUPLE_REPR = list.__repr__, tuple.__repr__


def _is_generated_dataclass(object):
    """Whether object is a dataclass instance whose repr is the one dataclass() wrote."""
    fields = getattr(type(object), '__dataclass_fields__', None)
    if fields is None or isinstance(object, type):
        return False
    if not object.__dataclass_params__.repr:
        return False
    inner = getattr(object.__repr__, '__wrapped__', None)
    return inner is not None and '__create_fn__' in inner.__qualname__


class _Collector:
    """The stream pformat writes to: it keeps the pieces and joins them at the end."""

    __slots__ = ('pieces',)

    def __init__(self):
        self.pieces = []

    def write(self, text):
        self.pieces.append(text)

    def getvalue(self):
        return ''.join(self.pieces)


def _write_if_empty(container, stream):
    """Writes an empty container's plain repr; whether it was empty."""
    if len(container):
        return False
    stream.write(repr(container))
    return True


def _bytes_pieces(data, width, allowance):
    """The reprs of the 4-byte-aligned pieces of data, each as long as fits width (the last
    within width - allowance)."""
    pieces = []
    current = b''
    tail = len(data) // 4 * 4
    for start in range(0, len(data), 4):
        part = data[start:start + 4]
        grown = current + part
        if start == tail:
            width -= allowance
        if len(repr(grown)) <= width:
            current = grown
            continue
        if current:
            pieces.append(repr(current))
        current = part
    if current:
        pieces.append(repr(current))
    return pieces


class PrettyPrinter:
    """Formats objects as pretty reprs: indent per nesting level, line width, maximum depth,
    compact sequences, sorted dict keys, underscores in ints."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent, width = int(indent), int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._indent_per_level, self._width, self._depth = indent, width, depth
        self._stream = _sys.stdout if stream is None else stream
        self._compact, self._sort_dicts = bool(compact), sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- the public methods ---------------------------------------------------------------

    def pprint(self, object):
        """Writes object's pretty repr and a newline to the stream."""
        out = self._stream
        if out is not None:
            self._format(object, out, 0, 0, {}, 0)
            out.write('\n')

    def pformat(self, object):
        """object's pretty repr as a string."""
        buffer = _Collector()
        self._format(object, buffer, 0, 0, {}, 0)
        return buffer.getvalue()

    def isrecursive(self, object):
        _, _, recursive = self.format(object, {}, 0, 0)
        return recursive

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr on one line, readable, recursive) of object; context holds the ids of the
        containers being formatted, level is the nesting depth, maxlevels the limit."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- laying out over lines ------------------------------------------------------------
    #
    # _format writes object at the current column: its one-line repr if that fits in the
    # width less indent (the column) and allowance (room for the closing characters
    # that will follow it); otherwise its type's handler in _dispatch breaks it over lines.

    _dispatch = {}

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_marker(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            kind = type(object)
            method = kind.__repr__
            if method is _OBJECT_REPR:
                # A built-in type whose repr this interpreter inherits from object.
                handler = _inheriting_handler(kind)
            else:
                handler = self._dispatch.get(method)
                if handler is None and _late_registration():
                    handler = self._dispatch.get(method)
            if handler is None and _is_generated_dataclass(object):
                handler = PrettyPrinter._layout_dataclass
            if handler is not None:
                context[key] = 1
                handler(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _pad(self, stream):
        # After an opening bracket, an indent of n puts n - 1 spaces before the first item.
        step = self._indent_per_level
        if step >= 2:
            stream.write(' ' * (step - 1))

    def _format_items(self, items, stream, indent, allowance, context, level):
        """The items of a sequence, one per line (or packed, when compact)."""
        self._pad(stream)
        indent = indent + self._indent_per_level
        newline = ',\n' + ' ' * indent
        room = full = self._width - indent + 1
        items = list(items)
        sep = ''
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if last:
                room -= allowance
                full -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                need = len(text) + 2
                if room < need:
                    room = full
                    if sep:
                        sep = newline
                if room >= need:
                    room -= need
                    stream.write(sep)
                    sep = ', '
                    stream.write(text)
                    continue
            stream.write(sep)
            sep = newline
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        """key: value pairs, one per line."""
        indent = indent + self._indent_per_level
        newline = ',\n' + ' ' * indent
        items = list(items)
        for i, (key, value) in enumerate(items):
            last = i == len(items) - 1
            text = self._repr(key, context, level)
            stream.write(text + ': ')
            self._format(value, stream, indent + len(text) + 2, allowance if last else 1,
                         context, level)
            if not last:
                stream.write(newline)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        """name=value pairs, one per line (a value being formatted shows as '...')."""
        newline = ',\n' + ' ' * indent
        items = list(items)
        for i, (name, value) in enumerate(items):
            last = i == len(items) - 1
            stream.write(name + '=')
            if id(value) in context:
                stream.write('...')
            else:
                self._format(value, stream, indent + len(name) + 1, allowance if last else 1,
                             context, level)
            if not last:
                stream.write(newline)

    # -- handlers by type -----------------------------------------------------------------

    def _layout_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._pad(stream)
        if len(object):
            pairs = sorted(object.items(), key=_item_key) if self._sort_dicts else object.items()
            self._format_dict_items(pairs, stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _layout_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _layout_tuple(self, object, stream, indent, allowance, context, level):
        close = ',)' if len(object) == 1 else ')'
        stream.write('(')
        self._format_items(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _layout_set(self, object, stream, indent, allowance, context, level):
        if _write_if_empty(object, stream):
            return
        kind = type(object)
        if kind is set:
            stream.write('{')
            close = '}'
        else:
            stream.write(kind.__name__ + '({')
            close = '})'
            indent += len(kind.__name__) + 1
        members = sorted(object, key=_SortKey)
        self._format_items(members, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _layout_str(self, object, stream, indent, allowance, context, level):
        if _write_if_empty(object, stream):
            return
        # Each line of the string becomes one or more string literals: cut between words
        # (a word keeps the whitespace after it) so that each literal fits.
        if level == 1:
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = object.splitlines(keepends=True)
        pieces = []
        for n, line in enumerate(lines, 1):
            final = n == len(lines)
            literal = repr(line)
            if len(literal) <= (room - allowance if final else room):
                pieces.append(literal)
                continue
            words = _words(line)
            current = ''
            for j, word in enumerate(words):
                limit = room - allowance if final and j == len(words) - 1 else room
                grown = current + word
                if len(repr(grown)) > limit:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current = grown
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(literal)
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    def _layout_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        wrapped = level == 1
        if wrapped:
            indent += 1
            allowance += 1
            stream.write('(')
        pieces = _bytes_pieces(object, self._width - indent, allowance)
        stream.write(('\n' + ' ' * indent).join(pieces))
        if wrapped:
            stream.write(')')

    def _layout_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._layout_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')

    def _layout_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    def _layout_namespace(self, object, stream, indent, allowance, context, level):
        name = 'namespace' if type(object) is _types.SimpleNamespace else type(object).__name__
        stream.write(name + '(')
        self._format_namespace_items(object.__dict__.items(), stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(')')

    def _layout_dataclass(self, object, stream, indent, allowance, context, level):
        import dataclasses
        name = type(object).__name__
        shown = [(f.name, getattr(object, f.name)) for f in dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(shown, stream, indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(')')

    def _layout_ordered_dict(self, object, stream, indent, allowance, context, level):
        if _write_if_empty(object, stream):
            return
        name = type(object).__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(')')

    def _layout_defaultdict(self, object, stream, indent, allowance, context, level):
        if _write_if_empty(object, stream):
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write(name + '(' + factory + ',\n' + ' ' * indent)
        self._layout_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _layout_counter(self, object, stream, indent, allowance, context, level):
        if _write_if_empty(object, stream):
            return
        name = type(object).__name__
        stream.write(name + '({')
        self._pad(stream)
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write('})')

    def _layout_chainmap(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not len(maps):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        indent += len(name) + 1
        newline = ',\n' + ' ' * indent
        for n, layer in enumerate(maps, 1):
            if n < len(maps):
                self._format(layer, stream, indent, 1, context, level)
                stream.write(newline)
            else:
                self._format(layer, stream, indent, allowance + 1, context, level)
                stream.write(')')

    def _layout_deque(self, object, stream, indent, allowance, context, level):
        if _write_if_empty(object, stream):
            return
        name = type(object).__name__
        indent += len(name) + 1
        stream.write(name + '([')
        limit = object.maxlen
        if limit is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
            return
        self._format_items(object, stream, indent, 2, context, level)
        stream.write('],\n' + ' ' * indent + 'maxlen=' + self._repr(limit, context, level) + ')')

    def _layout_wrapped_data(self, object, stream, indent, allowance, context, level):
        inner = object.data
        self._format(inner, stream, indent, allowance, context, level - 1)

    # -- one-line reprs -------------------------------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        kind = type(object)
        if kind in _SCALARS:
            text = repr(object)
            return text, True, False
        # Only the built-in containers' own reprs are rebuilt here (subclasses too, unless
        # they define __repr__); any other object's repr is taken as it is.
        own_repr = kind.__repr__
        if own_repr is _INT_REPR and issubclass(kind, int):
            text = format(object, '_d') if self._underscore_numbers else repr(object)
            return text, True, False
        if own_repr is _DICT_REPR and issubclass(kind, dict):
            if not object:
                return '{}', True, False
            return self._join_repr(object, '{%s}', True, context, maxlevels, level)
        if own_repr is _LIST_REPR and issubclass(kind, list):
            if not object:
                return '[]', True, False
            return self._join_repr(object, '[%s]', False, context, maxlevels, level)
        if own_repr is _TUPLE_REPR and issubclass(kind, tuple):
            if not object:
                return '()', True, False
            shape = '(%s,)' if len(object) == 1 else '(%s)'
            return self._join_repr(object, shape, False, context, maxlevels, level)
        text = repr(object)
        return text, (text and not text.startswith('<')), False

    def _join_repr(self, whole, shape, mapping, context, limit, depth):
        """The one-line repr of a dict, list or tuple: its items' reprs in shape."""
        key = id(whole)
        if limit and depth >= limit:
            return shape % '...', False, key in context
        if key in context:
            return _marker(whole), False, True
        context[key] = 1
        readable, recursive = True, False
        parts = []
        depth += 1
        if mapping:
            pairs = sorted(whole.items(), key=_item_key) if self._sort_dicts else whole.items()
            for k, v in pairs:
                ktext, kread, krec = self.format(k, context, limit, depth)
                vtext, vread, vrec = self.format(v, context, limit, depth)
                parts.append(ktext + ': ' + vtext)
                readable = readable and kread and vread
                recursive = recursive or krec or vrec
        else:
            for item in whole:
                text, read, rec = self.format(item, context, limit, depth)
                parts.append(text)
                if not read:
                    readable = False
                recursive = recursive or rec
        del context[key]
        return shape % ', '.join(parts), readable, recursive


def _words(line):
    """line cut into words, each with the whitespace that follows it."""
    out = []
    i, n = 0, len(line)
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        out.append(line[i:j])
        i = j
    return out


# Handlers of the built-in types whose __repr__ is object's here (bytearray): keyed by type.
_inheriting = {}
_OBJECT_REPR = object.__repr__


def _inheriting_handler(kind):
    _late_registration()
    for base in kind.__mro__:
        if base in _inheriting:
            return _inheriting[base]
    return None


class _Table(dict):
    """The dispatch table while it is filled: a type's handler goes under its __repr__,
    or under the type itself when that __repr__ is object's."""

    def add(self, kind, handler):
        if kind.__repr__ is _OBJECT_REPR:
            _inheriting[kind] = handler
        else:
            self[kind.__repr__] = handler


def _register():
    table = _Table()
    P = PrettyPrinter
    table.add(dict, P._layout_dict)
    table.add(list, P._layout_list)
    table.add(tuple, P._layout_tuple)
    table.add(set, P._layout_set)
    table.add(frozenset, P._layout_set)
    table.add(str, P._layout_str)
    table.add(bytes, P._layout_bytes)
    table.add(bytearray, P._layout_bytearray)
    table.add(_types.SimpleNamespace, P._layout_namespace)
    proxy = getattr(_types, 'MappingProxyType', None)
    if proxy is not None:
        table.add(proxy, P._layout_mappingproxy)
    P._dispatch.update(table)


_collections_seen = False


def _late_registration():
    """Adds the handlers of collections' types (keeping any the program set) once that
    module is loaded: objects of those types cannot exist before. Whether it added them."""
    global _collections_seen
    c = _sys.modules.get('collections')
    if _collections_seen or c is None:
        return False
    _collections_seen = True
    P = PrettyPrinter
    table = _Table()
    table.add(c.OrderedDict, P._layout_ordered_dict)
    table.add(c.defaultdict, P._layout_defaultdict)
    table.add(c.Counter, P._layout_counter)
    table.add(c.ChainMap, P._layout_chainmap)
    table.add(c.deque, P._layout_deque)
    for name in ('UserDict', 'UserList', 'UserString'):
        wrapper = getattr(c, name, None)
        if wrapper is not None:
            table.add(wrapper, P._layout_wrapped_data)
    for method, handler in table.items():
        P._dispatch.setdefault(method, handler)
    return True


_register()
del _register
`;
