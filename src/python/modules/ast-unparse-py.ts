// ast.unparse: source text back from a tree, with the parentheses, quoting, blank lines and
// f-string handling of CPython 3.11's unparser (which this follows in behaviour); the code is
// pymm's own: one writer class with a method per node type and a precedence map.

/** The Python source of ast.unparse, appended to the ast module's source. */
export const AST_UNPARSE_PY = String.raw`

# Binding strengths, weakest first (BOR shares EXPR's level).
(_NAMED, _TUPLE, _YIELD, _TEST, _OR, _AND, _NOT, _CMP, _EXPR, _BXOR, _BAND, _SHIFT, _ARITH,
 _TERM, _FACTOR, _POWER, _AWAIT, _ATOM) = range(1, 19)
_BOR = _EXPR
_BIN = {'Add': ('+', _ARITH), 'Sub': ('-', _ARITH), 'Mult': ('*', _TERM),
        'MatMult': ('@', _TERM), 'Div': ('/', _TERM), 'Mod': ('%', _TERM),
        'LShift': ('<<', _SHIFT), 'RShift': ('>>', _SHIFT), 'BitOr': ('|', _BOR),
        'BitXor': ('^', _BXOR), 'BitAnd': ('&', _BAND), 'FloorDiv': ('//', _TERM),
        'Pow': ('**', _POWER)}
_UNARY = {'Invert': ('~', _FACTOR), 'Not': ('not', _NOT), 'UAdd': ('+', _FACTOR),
          'USub': ('-', _FACTOR)}
_CMP_TEXT = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
             'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_ONE_QUOTES = ("'", '"')
_THREE_QUOTES = ('"""', "'''")
_EVERY_QUOTE = _ONE_QUOTES + _THREE_QUOTES
_BIG = '1e309'


def _escaped(c):
    # The unicode_escape codec's spelling of one character.
    named = {'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'}
    if c in named:
        return named[c]
    code = ord(c)
    if code < 0x100:
        return f'\\x{code:02x}'
    return f'\\u{code:04x}' if code < 0x10000 else f'\\U{code:08x}'


class _Paren:
    # Writes open/close around a with-block when needed.
    def __init__(self, writer, needed, open_='(', close=')'):
        self.w, self.needed, self.open, self.close = writer, needed, open_, close

    def __enter__(self):
        if self.needed:
            self.w.out.append(self.open)

    def __exit__(self, *exc):
        if self.needed:
            self.w.out.append(self.close)


class _SourceWriter:
    def __init__(self, no_backslashes=False):
        self.out = []
        self.level = {}
        self.depth = 0
        self.no_backslashes = no_backslashes
        self.star_try = False

    # -- plumbing
    def put(self, *parts):
        self.out.extend(parts)

    def line(self, text=''):
        if self.out:
            self.out.append('\n')
        self.out.append('    ' * self.depth + text)

    def blank_before(self):
        if self.out:
            self.out.append('\n')

    def suite(self, body, extra=None):
        self.put(':')
        if extra:
            self.put(extra)
        self.depth += 1
        self.emit(body)
        self.depth -= 1

    def wrap(self, own, node):
        return _Paren(self, self.level.get(node, _TEST) > own)

    def need(self, strength, *nodes):
        for n in nodes:
            self.level[n] = strength

    def joined(self, items, sep=', ', each=None):
        each = each or self.emit
        for i, item in enumerate(items):
            if i:
                self.put(sep)
            each(item)

    def tuple_items(self, items, each=None):
        each = each or self.emit
        if len(items) == 1:
            each(items[0])
            self.put(',')
        else:
            self.joined(items, each=each)

    def capture(self, fn, *args):
        saved, self.out = self.out, []
        try:
            fn(*args)
            return ''.join(self.out)
        finally:
            self.out = saved

    def emit(self, node):
        if isinstance(node, list):
            for item in node:
                self.emit(item)
            return
        handler = getattr(self, '_' + type(node).__name__, None)
        if handler is None:
            for _name, value in iter_fields(node):
                if isinstance(value, (AST, list)):
                    self.emit(value)
            return
        handler(node)

    def render(self, node):
        self.out = []
        self.emit(node)
        return ''.join(self.out)

    # -- strings
    def _quoted_text(self, text, quotes=_EVERY_QUOTE, escape_ws=False):
        def one(c):
            if c in '\n\t' and not escape_ws:
                return c
            if c == '\\' or not c.isprintable():
                return _escaped(c)
            return c
        body = ''.join(one(c) for c in text)
        usable = [q for q in quotes if '\n' not in body or q in _THREE_QUOTES]
        usable = [q for q in usable if q not in body]
        if not usable:
            shown = repr(text)
            pick = next((q for q in quotes if shown[0] in q), shown[0])
            return shown[1:-1], [pick]
        if body:
            usable.sort(key=lambda q: q[0] == body[-1])
            if usable[0][0] == body[-1]:
                body = body[:-1] + '\\' + body[-1]
        return body, usable

    def plain_string(self, text, quotes=_EVERY_QUOTE):
        body, usable = self._quoted_text(text, quotes)
        self.put(usable[0], body, usable[0])

    def constant_text(self, value):
        if isinstance(value, (float, complex)):
            self.put(repr(value).replace('inf', _BIG).replace('nan', f'({_BIG}-{_BIG})'))
        elif self.no_backslashes and isinstance(value, str):
            self.plain_string(value)
        else:
            self.put(repr(value))

    def docstring_of(self, node):
        if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)) or not node.body:
            return None
        first = node.body[0]
        if isinstance(first, Expr) and isinstance(first.value, Constant) and isinstance(first.value.value, str):
            return first.value
        return None

    def body_with_docstring(self, node):
        doc = self.docstring_of(node)
        if doc is None:
            self.emit(node.body)
            return
        self.line()
        if doc.kind == 'u':
            self.put('u')
        self.plain_string(doc.value, _THREE_QUOTES)
        self.emit(node.body[1:])

    # -- modules and statements
    def _Module(self, node):
        self.body_with_docstring(node)

    def _Interactive(self, node):
        # CPython starts a fresh text for each statement here, so only the last one shows.
        for stmt in node.body:
            self.out = []
            self.emit(stmt)

    def _Expression(self, node):
        self.emit(node.body)

    def _FunctionType(self, node):
        self.put('(')
        self.joined(node.argtypes)
        self.put(') -> ')
        self.emit(node.returns)

    def _Expr(self, node):
        self.line()
        self.need(_YIELD, node.value)
        self.emit(node.value)

    def _Import(self, node):
        self.line('import ')
        self.joined(node.names)

    def _ImportFrom(self, node):
        self.line('from ' + '.' * (node.level or 0) + (node.module or '') + ' import ')
        self.joined(node.names)

    def _Assign(self, node):
        self.line()
        for target in node.targets:
            self.need(_TUPLE, target)
            self.emit(target)
            self.put(' = ')
        self.emit(node.value)
        if node.type_comment:
            self.put(f' # type: {node.type_comment}')

    def _AugAssign(self, node):
        self.line()
        self.emit(node.target)
        self.put(' ' + _BIN[type(node.op).__name__][0] + '= ')
        self.emit(node.value)

    def _AnnAssign(self, node):
        self.line()
        with _Paren(self, not node.simple and isinstance(node.target, Name)):
            self.emit(node.target)
        self.put(': ')
        self.emit(node.annotation)
        if node.value:
            self.put(' = ')
            self.emit(node.value)

    def _Return(self, node):
        self.line('return')
        if node.value:
            self.put(' ')
            self.emit(node.value)

    def _Pass(self, node):
        self.line('pass')

    def _Break(self, node):
        self.line('break')

    def _Continue(self, node):
        self.line('continue')

    def _Delete(self, node):
        self.line('del ')
        self.joined(node.targets)

    def _Assert(self, node):
        self.line('assert ')
        self.emit(node.test)
        if node.msg:
            self.put(', ')
            self.emit(node.msg)

    def _Global(self, node):
        self.line('global ' + ', '.join(node.names))

    def _Nonlocal(self, node):
        self.line('nonlocal ' + ', '.join(node.names))

    def _Raise(self, node):
        self.line('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.put(' ')
        self.emit(node.exc)
        if node.cause:
            self.put(' from ')
            self.emit(node.cause)

    def _try_common(self, node, star):
        outer, self.star_try = self.star_try, star
        try:
            self.line('try')
            self.suite(node.body)
            self.emit(node.handlers)
            for word, part in (('else', node.orelse), ('finally', node.finalbody)):
                if part:
                    self.line(word)
                    self.suite(part)
        finally:
            self.star_try = outer

    def _Try(self, node):
        self._try_common(node, False)

    def _TryStar(self, node):
        self._try_common(node, True)

    def _ExceptHandler(self, node):
        self.line('except*' if self.star_try else 'except')
        if node.type:
            self.put(' ')
            self.emit(node.type)
        if node.name:
            self.put(' as ' + node.name)
        self.suite(node.body)

    def _decorators(self, node):
        self.blank_before()
        for deco in node.decorator_list:
            self.line('@')
            self.emit(deco)

    def _ClassDef(self, node):
        self._decorators(node)
        self.line('class ' + node.name)
        with _Paren(self, bool(node.bases or node.keywords)):
            self.joined(node.bases + node.keywords)
        self.put(':')
        self.depth += 1
        self.body_with_docstring(node)
        self.depth -= 1

    def _function(self, node, word):
        self._decorators(node)
        self.line(f'{word} {node.name}(')
        self.emit(node.args)
        self.put(')')
        if node.returns:
            self.put(' -> ')
            self.emit(node.returns)
        self.put(':')
        if node.type_comment:
            self.put(f' # type: {node.type_comment}')
        self.depth += 1
        self.body_with_docstring(node)
        self.depth -= 1

    def _FunctionDef(self, node):
        self._function(node, 'def')

    def _AsyncFunctionDef(self, node):
        self._function(node, 'async def')

    def _loop(self, node, word):
        self.line(word)
        self.need(_TUPLE, node.target)
        self.emit(node.target)
        self.put(' in ')
        self.emit(node.iter)
        self.suite(node.body, node.type_comment and f' # type: {node.type_comment}')
        if node.orelse:
            self.line('else')
            self.suite(node.orelse)

    def _For(self, node):
        self._loop(node, 'for ')

    def _AsyncFor(self, node):
        self._loop(node, 'async for ')

    def _If(self, node):
        self.line('if ')
        self.emit(node.test)
        self.suite(node.body)
        rest = node.orelse
        while len(rest) == 1 and isinstance(rest[0], If):
            self.line('elif ')
            self.emit(rest[0].test)
            self.suite(rest[0].body)
            rest = rest[0].orelse
        if rest:
            self.line('else')
            self.suite(rest)

    def _While(self, node):
        self.line('while ')
        self.emit(node.test)
        self.suite(node.body)
        if node.orelse:
            self.line('else')
            self.suite(node.orelse)

    def _with(self, node, word):
        self.line(word)
        self.joined(node.items)
        self.suite(node.body, node.type_comment and f' # type: {node.type_comment}')

    def _With(self, node):
        self._with(node, 'with ')

    def _AsyncWith(self, node):
        self._with(node, 'async with ')

    def _Match(self, node):
        self.line('match ')
        self.emit(node.subject)
        self.put(':')
        self.depth += 1
        self.emit(node.cases)
        self.depth -= 1

    def _match_case(self, node):
        self.line('case ')
        self.emit(node.pattern)
        if node.guard:
            self.put(' if ')
            self.emit(node.guard)
        self.suite(node.body)

    # -- expressions
    def _NamedExpr(self, node):
        with self.wrap(_NAMED, node):
            self.need(_ATOM, node.target, node.value)
            self.emit(node.target)
            self.put(' := ')
            self.emit(node.value)

    def _Await(self, node):
        with self.wrap(_AWAIT, node):
            self.put('await')
            if node.value:
                self.put(' ')
                self.need(_ATOM, node.value)
                self.emit(node.value)

    def _Yield(self, node):
        with self.wrap(_YIELD, node):
            self.put('yield')
            if node.value:
                self.put(' ')
                self.need(_ATOM, node.value)
                self.emit(node.value)

    def _YieldFrom(self, node):
        with self.wrap(_YIELD, node):
            self.put('yield from ')
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.need(_ATOM, node.value)
            self.emit(node.value)

    def _fstring_piece(self, node):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self._fstring_piece(value)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self.put(node.value.replace('{', '{{').replace('}', '}}'))
        elif isinstance(node, FormattedValue):
            self._FormattedValue(node)
        else:
            raise ValueError(f'Unexpected node inside JoinedStr, {node!r}')

    def _JoinedStr(self, node):
        self.put('f')
        if self.no_backslashes:
            self.plain_string(self.capture(self._fstring_piece, node))
            return
        pieces = [(self.capture(self._fstring_piece, v), isinstance(v, Constant)) for v in node.values]
        quotes = list(_EVERY_QUOTE)
        texts = []
        use_repr = False
        for text, literal in pieces:
            text, allowed = self._quoted_text(text, quotes, escape_ws=literal)
            texts.append(text)
            if set(allowed).isdisjoint(quotes):
                use_repr = True
                break
            quotes = allowed
        if use_repr:
            quotes = ["'''"]
            texts = [repr('"' + text)[2:-1] for text, _ in pieces]
        self.put(quotes[0], ''.join(texts), quotes[0])

    def _FormattedValue(self, node):
        inner = _SourceWriter(no_backslashes=True)
        inner.need(_TEST + 1, node.value)
        text = inner.render(node.value)
        if '\\' in text:
            raise ValueError('Unable to avoid backslash in f-string expression part')
        self.put('{', ' ' if text.startswith('{') else '', text)
        if node.conversion != -1:
            self.put('!' + chr(node.conversion))
        if node.format_spec:
            self.put(':')
            self._fstring_piece(node.format_spec)
        self.put('}')

    def _Name(self, node):
        self.put(node.id)

    def _Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.put('(')
            self.tuple_items(value, self.constant_text)
            self.put(')')
        elif value is ...:
            self.put('...')
        else:
            if node.kind == 'u':
                self.put('u')
            self.constant_text(value)

    def _comprehensions(self, node):
        for gen in node.generators:
            self.emit(gen)

    def _List(self, node):
        self.put('[')
        self.joined(node.elts)
        self.put(']')

    def _ListComp(self, node):
        self.put('[')
        self.emit(node.elt)
        self._comprehensions(node)
        self.put(']')

    def _GeneratorExp(self, node):
        self.put('(')
        self.emit(node.elt)
        self._comprehensions(node)
        self.put(')')

    def _SetComp(self, node):
        self.put('{')
        self.emit(node.elt)
        self._comprehensions(node)
        self.put('}')

    def _DictComp(self, node):
        self.put('{')
        self.emit(node.key)
        self.put(': ')
        self.emit(node.value)
        self._comprehensions(node)
        self.put('}')

    def _comprehension(self, node):
        self.put(' async for ' if node.is_async else ' for ')
        self.need(_TUPLE, node.target)
        self.emit(node.target)
        self.put(' in ')
        self.need(_TEST + 1, node.iter, *node.ifs)
        self.emit(node.iter)
        for cond in node.ifs:
            self.put(' if ')
            self.emit(cond)

    def _IfExp(self, node):
        with self.wrap(_TEST, node):
            self.need(_TEST + 1, node.body, node.test)
            self.emit(node.body)
            self.put(' if ')
            self.emit(node.test)
            self.put(' else ')
            self.need(_TEST, node.orelse)
            self.emit(node.orelse)

    def _Set(self, node):
        if not node.elts:
            self.put('{*()}')
            return
        self.put('{')
        self.joined(node.elts)
        self.put('}')

    def _dict_entry(self, pair):
        key, value = pair
        if key is None:
            self.put('**')
            self.need(_EXPR, value)
            self.emit(value)
        else:
            self.emit(key)
            self.put(': ')
            self.emit(value)

    def _Dict(self, node):
        self.put('{')
        self.joined(list(zip(node.keys, node.values)), each=self._dict_entry)
        self.put('}')

    def _Tuple(self, node):
        with _Paren(self, not node.elts or self.level.get(node, _TEST) > _TUPLE):
            self.tuple_items(node.elts)

    def _UnaryOp(self, node):
        text, own = _UNARY[type(node.op).__name__]
        with self.wrap(own, node):
            self.put(text if own == _FACTOR else text + ' ')
            self.need(own, node.operand)
            self.emit(node.operand)

    def _BinOp(self, node):
        text, own = _BIN[type(node.op).__name__]
        with self.wrap(own, node):
            right_assoc = text == '**'
            self.need(own + 1 if right_assoc else own, node.left)
            self.emit(node.left)
            self.put(f' {text} ')
            self.need(own if right_assoc else own + 1, node.right)
            self.emit(node.right)

    def _Compare(self, node):
        with self.wrap(_CMP, node):
            self.need(_CMP + 1, node.left, *node.comparators)
            self.emit(node.left)
            for op, right in zip(node.ops, node.comparators):
                self.put(f' {_CMP_TEXT[type(op).__name__]} ')
                self.emit(right)

    def _BoolOp(self, node):
        word, own = ('and', _AND) if isinstance(node.op, And) else ('or', _OR)
        with self.wrap(own, node):
            for i, value in enumerate(node.values):
                if i:
                    self.put(f' {word} ')
                self.need(own + 1 + i, value)
                self.emit(value)

    def _Attribute(self, node):
        self.need(_ATOM, node.value)
        self.emit(node.value)
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.put(' ')
        self.put('.' + node.attr)

    def _Call(self, node):
        self.need(_ATOM, node.func)
        self.emit(node.func)
        self.put('(')
        self.joined(node.args + node.keywords)
        self.put(')')

    def _Subscript(self, node):
        self.need(_ATOM, node.value)
        self.emit(node.value)
        self.put('[')
        if isinstance(node.slice, Tuple) and node.slice.elts:
            self.tuple_items(node.slice.elts)
        else:
            self.emit(node.slice)
        self.put(']')

    def _Starred(self, node):
        self.put('*')
        self.need(_EXPR, node.value)
        self.emit(node.value)

    def _Slice(self, node):
        if node.lower:
            self.emit(node.lower)
        self.put(':')
        if node.upper:
            self.emit(node.upper)
        if node.step:
            self.put(':')
            self.emit(node.step)

    def _arg(self, node):
        self.put(node.arg)
        if node.annotation:
            self.put(': ')
            self.emit(node.annotation)

    def _arguments(self, node):
        parts = []
        positional = node.posonlyargs + node.args
        padded = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for index, (arg, default) in enumerate(zip(positional, padded), 1):
            text = self.capture(self._arg, arg)
            if default:
                text += '=' + self.capture(self.emit, default)
            if index == len(node.posonlyargs):
                text += ', /'
            parts.append(text)
        if node.vararg or node.kwonlyargs:
            star = '*'
            if node.vararg:
                star += self.capture(self._arg, node.vararg)
            parts.append(star)
        for arg, default in zip(node.kwonlyargs, node.kw_defaults):
            text = self.capture(self._arg, arg)
            if default:
                text += '=' + self.capture(self.emit, default)
            parts.append(text)
        if node.kwarg:
            parts.append('**' + self.capture(self._arg, node.kwarg))
        self.put(', '.join(parts))

    def _keyword(self, node):
        self.put('**' if node.arg is None else node.arg + '=')
        self.emit(node.value)

    def _Lambda(self, node):
        with self.wrap(_TEST, node):
            params = self.capture(self.emit, node.args)
            self.put('lambda ' + params if params else 'lambda', ': ')
            self.need(_TEST, node.body)
            self.emit(node.body)

    def _alias(self, node):
        self.put(node.name + (' as ' + node.asname if node.asname else ''))

    def _withitem(self, node):
        self.emit(node.context_expr)
        if node.optional_vars:
            self.put(' as ')
            self.emit(node.optional_vars)

    # -- patterns
    def _MatchValue(self, node):
        self.emit(node.value)

    def _MatchSingleton(self, node):
        self.constant_text(node.value)

    def _MatchSequence(self, node):
        self.put('[')
        self.joined(node.patterns)
        self.put(']')

    def _MatchStar(self, node):
        self.put('*' + (node.name if node.name is not None else '_'))

    def _key_pattern(self, pair):
        self.emit(pair[0])
        self.put(': ')
        self.emit(pair[1])

    def _MatchMapping(self, node):
        self.put('{')
        self.joined(list(zip(node.keys, node.patterns, strict=True)), each=self._key_pattern)
        if node.rest is not None:
            self.put((', ' if node.keys else '') + '**' + node.rest)
        self.put('}')

    def _attr_pattern(self, pair):
        self.put(pair[0] + '=')
        self.emit(pair[1])

    def _MatchClass(self, node):
        self.need(_ATOM, node.cls)
        self.emit(node.cls)
        self.put('(')
        self.joined(node.patterns)
        if node.kwd_attrs:
            if node.patterns:
                self.put(', ')
            self.joined(list(zip(node.kwd_attrs, node.kwd_patterns, strict=True)),
                        each=self._attr_pattern)
        self.put(')')

    def _MatchAs(self, node):
        if node.name is None:
            self.put('_')
        elif node.pattern is None:
            self.put(node.name)
        else:
            with self.wrap(_TEST, node):
                self.need(_BOR, node.pattern)
                self.emit(node.pattern)
                self.put(' as ' + node.name)

    def _MatchOr(self, node):
        with self.wrap(_BOR, node):
            self.need(_BOR + 1, *node.patterns)
            self.joined(node.patterns, ' | ')


def unparse(ast_obj):
    """Source code that parses back to an AST equal to ast_obj."""
    return _SourceWriter().render(ast_obj)
`;
