// The `argparse` module: ArgumentParser with positionals and options, the store, const,
// true/false, append, count, extend, help and version actions, nargs, types, choices,
// required options, mutually exclusive groups, argument groups, sub-commands, and the
// usage/help text and error messages of CPython 3.11's HelpFormatter, written for pymm.
// Parsing follows CPython's algorithm: each argument string is classified as an option
// ('O') or not ('A'), and runs of positionals are matched against the actions' nargs
// patterns with regular expressions.

/** Source of the argparse module, run in the module's namespace. */
export const ARGPARSE_PY = String.raw`
'''Command-line parsing: ArgumentParser(...).add_argument(...), then parse_args().'''
import re as _re
import sys as _sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
           'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
           'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace', 'Action', 'ONE_OR_MORE',
           'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'


class Namespace:
    '''A plain object holding the parsed values as attributes.'''

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        inner = []
        star = {}
        for key, value in self.__dict__.items():
            if key.isidentifier():
                inner.append(f'{key}={value!r}')
            else:
                star[key] = value
        if star:
            inner.append(f'**{star!r}')
        return f"{type(self).__name__}({', '.join(inner)})"

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    '''A problem with one argument (str() names it).'''

    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return f'argument {self.argument_name}: {self.message}'


class ArgumentTypeError(Exception):
    '''Raised by a type= function to reject a string with its own message.'''


def _action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


class Action:
    '''What one argument does when parsed: store its value(s) in the namespace, by default.'''

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def format_usage(self):
        return self.option_strings[0]

    def __repr__(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                 'required', 'help', 'metavar']
        body = ', '.join(f'{n}={getattr(self, n)!r}' for n in names)
        return f'{type(self).__name__}({body})'

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _Builtin(Action):
    # The module's own actions: each says what it does in _act().
    def __call__(self, parser, namespace, values, option_string=None):
        self._act(parser, namespace, values, option_string)


def _grow(namespace, dest, more):
    # append/append_const/extend: a new list (the default's is never changed in place).
    grown = list(getattr(namespace, dest, None) or [])
    grown.extend(more)
    setattr(namespace, dest, grown)


class _StoreAction(_Builtin):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to store, '
                             'actions such as store true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError(f'nargs must be {OPTIONAL!r} to supply const')
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def _act(self, parser, namespace, values, option_string):
        setattr(namespace, self.dest, values)


class _StoreConstAction(_Builtin):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        super().__init__(option_strings, dest, 0, const, default, required=required, help=help)

    def _act(self, parser, namespace, values, option_string):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(_Builtin):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg strings are not supplying '
                             'the value to append, the append const action may be more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def _act(self, parser, namespace, values, option_string):
        _grow(namespace, self.dest, [values])


class _AppendConstAction(_Builtin):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        super().__init__(option_strings, dest, 0, const, default, required=required, help=help,
                         metavar=metavar)

    def _act(self, parser, namespace, values, option_string):
        _grow(namespace, self.dest, [self.const])


class _CountAction(_Builtin):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, 0, default=default, required=required, help=help)

    def _act(self, parser, namespace, values, option_string):
        setattr(namespace, self.dest, (getattr(namespace, self.dest, None) or 0) + 1)


class _ExtendAction(_AppendAction):
    def _act(self, parser, namespace, values, option_string):
        _grow(namespace, self.dest, values)


class _HelpAction(_Builtin):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, 0, default=default, help=help)

    def _act(self, parser, namespace, values, option_string):
        parser.print_help()
        parser.exit()


class _VersionAction(_Builtin):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, 0, default=default, help=help)
        self.version = version

    def _act(self, parser, namespace, values, option_string):
        formatter = parser._get_formatter()
        formatter.add_text(self.version if self.version is not None else parser.version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class BooleanOptionalAction(_Builtin):
    '''--flag / --no-flag: True or False.'''

    def __init__(self, option_strings, dest, default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        strings = []
        for option in option_strings:
            strings.append(option)
            if option.startswith('--'):
                strings.append('--no-' + option[2:])
        if help is not None and default is not None and default is not SUPPRESS:
            help += ' (default: %(default)s)'
        super().__init__(strings, dest, 0, default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def _act(self, parser, namespace, values, option_string):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _ChoicePseudo(_Builtin):
    # A sub-command's line in the parent's help.
    def __init__(self, name, aliases, help):
        metavar = name if not aliases else f"{name} ({', '.join(aliases)})"
        super().__init__([], name, help=help, metavar=metavar)


class _SubParsersAction(_Builtin):
    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False, help=None,
                 metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = f'{self._prog_prefix} {name}'
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, f'conflicting subparser: {name}')
        if 'help' in kwargs:
            self._choices_actions.append(_ChoicePseudo(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def _act(self, parser, namespace, values, option_string):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        if name not in self._name_parser_map:
            choices = ', '.join(map(repr, self._name_parser_map))
            raise ArgumentError(self, f'invalid choice: {name!r} (choose from {choices})')
        sub_namespace, leftover = self._name_parser_map[name].parse_known_args(rest, None)
        for key, value in vars(sub_namespace).items():
            setattr(namespace, key, value)
        if leftover:
            vars(namespace).setdefault('_UNRECOGNIZED_ARGS_ATTR', [])
            getattr(namespace, '_UNRECOGNIZED_ARGS_ATTR').extend(leftover)


class FileType:
    '''type= for file arguments: the named file opened with the given settings ('-' is stdin
    or stdout).'''

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._settings = (bufsize, encoding, errors)

    def __call__(self, string):
        if string == '-':
            return _sys.stdin if 'r' in self._mode else _sys.stdout
        bufsize, encoding, errors = self._settings
        try:
            return open(string, self._mode, bufsize, encoding, errors)
        except OSError as error:
            raise ArgumentTypeError(f"can't open '{string}': {error}")

    def __repr__(self):
        bufsize, encoding, errors = self._settings
        shown = [repr(self._mode)] + ([repr(bufsize)] if bufsize != -1 else [])
        shown += [f'{k}={v!r}' for k, v in (('encoding', encoding), ('errors', errors)) if v is not None]
        return f"FileType({', '.join(shown)})"


_ACTIONS = {None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
            'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction, 'append': _AppendAction,
            'append_const': _AppendConstAction, 'count': _CountAction, 'help': _HelpAction,
            'version': _VersionAction, 'parsers': _SubParsersAction, 'extend': _ExtendAction}


# The regular expression each nargs matches in a string of 'A's (arguments), 'O's (options)
# and '-' (the '--' separator); options' own arguments cannot take '--'.
_NARGS_PATTERNS = {None: '(-*A-*)', OPTIONAL: '(-*A?-*)', ZERO_OR_MORE: '(-*[A-]*)',
                   ONE_OR_MORE: '(-*A[A-]*)', REMAINDER: '([-AO]*)', PARSER: '(-*A[-AO]*)',
                   SUPPRESS: '(-*-*)'}
_NARGS_ERRORS = {None: 'expected one argument', OPTIONAL: 'expected at most one argument',
                 ONE_OR_MORE: 'expected at least one argument'}


def _nargs_pattern(action):
    nargs = action.nargs
    pattern = _NARGS_PATTERNS.get(nargs) if not isinstance(nargs, int) else '(-*' + '-*'.join('A' * nargs) + '-*)'
    return pattern.replace('-*', '').replace('-', '') if action.option_strings else pattern


class _Group:
    # Titled groups of actions (argument groups) and mutually exclusive groups share the
    # parser's registries; each keeps its own list for the help sections.
    def __init__(self, container, title=None, description=None):
        self._container = container
        self.title = title
        self.description = description
        self._group_actions = []

    def add_argument(self, *args, **kwargs):
        action = self._container.add_argument(*args, **kwargs)
        self._container._move_to_group(action, self)
        return action

    def add_argument_group(self, *args, **kwargs):
        return self._container.add_argument_group(*args, **kwargs)

    def add_mutually_exclusive_group(self, **kwargs):
        return self._container.add_mutually_exclusive_group(**kwargs)


class _MutuallyExclusiveGroup(_Group):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required

    def add_argument(self, *args, **kwargs):
        action = self._container.add_argument(*args, **kwargs)
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        self._group_actions.append(action)
        return action


class ArgumentParser:
    '''Turns a list of command-line strings into a Namespace of values.'''

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=None, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        if prog is None:
            prog = (_sys.argv[0] if _sys.argv and _sys.argv[0] else 'prog').replace('\\', '/').rsplit('/', 1)[-1]
        vars(self).update(prog=prog, usage=usage, description=description, epilog=epilog,
                          formatter_class=formatter_class or HelpFormatter, prefix_chars=prefix_chars,
                          argument_default=argument_default, add_help=add_help,
                          allow_abbrev=allow_abbrev, exit_on_error=exit_on_error)
        self._actions = []
        self._option_string_actions = {}
        self._defaults = {}
        self._positionals = _Group(self, 'positional arguments')
        self._optionals = _Group(self, 'options')
        self._action_groups = [self._positionals, self._optionals]
        self._mutually_exclusive_groups = []
        self._subparsers = None
        self._has_negative_number_optionals = []
        if add_help:
            self.add_argument(prefix_chars[0] + 'h', prefix_chars[0] * 2 + 'help', action='help',
                              default=SUPPRESS, help='show this help message and exit')
        for parent in parents:
            for action in parent._actions:
                self._register(action)
            self._defaults.update(parent._defaults)

    # -- building --
    def add_argument(self, *args, **kwargs):
        '''Declares an argument: a positional name, or option strings ('-f', '--foo').'''
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0] and args[0][0] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            if 'required' in kwargs:
                raise TypeError("'required' is an invalid argument for positionals")
            nargs = kwargs.get('nargs')
            # Positionals are required unless they may match nothing ('*' only with a default).
            if nargs not in (OPTIONAL, ZERO_OR_MORE) or nargs == ZERO_OR_MORE and 'default' not in kwargs:
                kwargs.update(required=True)
            kwargs['dest'] = kwargs.get('dest', args[0] if args else None)
            strings = []
        else:
            strings = []
            long_strings = []
            for option in args:
                if not option or option[0] not in chars:
                    raise ValueError(f'invalid option string {option!r}: must start with a character {chars!r}')
                strings.append(option)
                if len(option) > 1 and option[1] in chars:
                    long_strings.append(option)
            dest = kwargs.pop('dest', None)
            if dest is None:
                first = long_strings[0] if long_strings else strings[0]
                dest = first.lstrip(chars).replace('-', '_')
            kwargs['dest'] = dest
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_kind = kwargs.pop('action', None)
        named = action_kind is None or isinstance(action_kind, str)
        action_class = _ACTIONS.get(action_kind) if named else action_kind
        if action_class is None or not callable(action_class):
            raise ValueError(f'unknown action "{action_kind}"')
        if action_class is _SubParsersAction:
            raise ValueError('use add_subparsers() for sub-commands')
        action = action_class(strings, **kwargs)
        type_func = action.type
        if type_func is not None and not callable(type_func):
            raise ValueError(f'{type_func!r} is not callable')
        return self._register(action)

    def _register(self, action):
        for option in action.option_strings:
            if option in self._option_string_actions:
                raise ArgumentError(action, f"conflicting option string: {option}")
        self._actions.append(action)
        for option in action.option_strings:
            self._option_string_actions[option] = action
            if _re.match(r'^-\d+$|^-\d*\.\d+$', option):
                self._has_negative_number_optionals.append(True)
        (self._optionals if action.option_strings else self._positionals)._group_actions.append(action)
        return action

    def _move_to_group(self, action, group):
        for section in self._action_groups:
            if action in section._group_actions and section is not group:
                section._group_actions.remove(action)
        group._group_actions.append(action)

    def add_argument_group(self, title=None, description=None, **kwargs):
        '''A titled section of arguments in the help.'''
        group = _Group(self, title, description)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False):
        '''A group of options of which at most one (or, if required, exactly one) may be given.'''
        group = _MutuallyExclusiveGroup(self, required)
        self._mutually_exclusive_groups.append(group)
        return group

    def add_subparsers(self, **kwargs):
        '''The action holding sub-command parsers; add each with .add_parser(name, ...).'''
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        title = kwargs.pop('title', None)
        description = kwargs.pop('description', None)
        if 'prog' not in kwargs:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            formatter.add_usage(self.usage, positionals, [], '')
            kwargs['prog'] = formatter.format_help().strip()
        parser_class = kwargs.pop('parser_class', type(self))
        action = _SubParsersAction(option_strings=[], parser_class=parser_class, **kwargs)
        self._register(action)
        if title or description:
            group = self.add_argument_group(title, description)
            self._move_to_group(action, group)
        self._subparsers = action
        return action

    def set_defaults(self, **kwargs):
        '''Attribute values the namespace gets whatever the command line says.'''
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        '''The default of the argument (or set_defaults entry) stored under dest.'''
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # -- parsing --
    def parse_args(self, args=None, namespace=None):
        '''The Namespace of the parsed arguments; unknown ones are an error.'''
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: ' + ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        '''(Namespace, the strings no argument took).'''
        args = list(_sys.argv[1:] if args is None else args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest) and action.default is not SUPPRESS:
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            namespace, extras = self._parse(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        if hasattr(namespace, '_UNRECOGNIZED_ARGS_ATTR'):
            extras.extend(getattr(namespace, '_UNRECOGNIZED_ARGS_ATTR'))
            delattr(namespace, '_UNRECOGNIZED_ARGS_ATTR')
        return namespace, extras

    def _option_tuple(self, arg):
        # (action or None, option string, explicit argument) if arg is an option, else None.
        chars = self.prefix_chars
        if not arg or arg[0] not in chars:
            return None
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if len(arg) == 1:
            return None
        if '=' in arg:
            option, explicit = arg.split('=', 1)
            if option in self._option_string_actions:
                return self._option_string_actions[option], option, explicit
        matches = self._abbreviations(arg)
        if len(matches) > 1:
            options = ', '.join(option for _, option, _ in matches)
            self.error(f'ambiguous option: {arg} could match {options}')
        if len(matches) == 1:
            return matches[0]
        if _re.match(r'^-\d+$|^-\d*\.\d+$', arg) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg:
            return None
        return None, arg, None

    def _abbreviations(self, arg):
        chars = self.prefix_chars
        found = []
        if arg[0] in chars and len(arg) > 1 and arg[1] in chars:
            if not self.allow_abbrev:
                return found
            option, sep, explicit = arg.partition('=')
            for known, action in self._option_string_actions.items():
                if known.startswith(option):
                    found.append((action, known, explicit if sep else None))
        elif arg[0] in chars:
            short, rest = arg[:2], arg[2:]
            for known, action in self._option_string_actions.items():
                if known == short:
                    found.append((action, known, rest))
                elif self.allow_abbrev and known.startswith(arg) and len(arg) > 2:
                    found.append((action, known, None))
        return found

    def _parse(self, arg_strings, namespace):
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            for i, action in enumerate(group._group_actions):
                conflicts.setdefault(action, []).extend(group._group_actions[:i] + group._group_actions[i + 1:])
        option_indices = {}
        kinds = []
        rest_are_args = False
        for i, arg in enumerate(arg_strings):
            if rest_are_args:
                kinds.append('A')
            elif arg == '--':
                kinds.append('-')
                rest_are_args = True
            else:
                found = self._option_tuple(arg)
                if found is None:
                    kinds.append('A')
                else:
                    option_indices[i] = found
                    kinds.append('O')
        pattern = ''.join(kinds)
        seen = set()
        seen_non_default = set()
        extras = []
        positionals = [a for a in self._actions if not a.option_strings]

        def take(action, strings, option_string=None):
            seen.add(action)
            value = self._get_values(action, strings)
            if value is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, ()):
                    if other in seen_non_default:
                        raise ArgumentError(action, f'not allowed with argument {_action_name(other)}')
            if value is not SUPPRESS:
                action(self, namespace, value, option_string)

        def consume_optional(start):
            action, option_string, explicit = option_indices[start]
            pending = []
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
                if explicit is not None:
                    count = self._match_count(action, 'A')
                    chars = self.prefix_chars
                    if count == 0 and option_string[1] not in chars and explicit != '':
                        pending.append((action, [], option_string))
                        option_string = option_string[0] + explicit[0]
                        explicit = explicit[1:] or None
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[option_string]
                            continue
                        raise ArgumentError(action, f'ignored explicit argument {explicit!r}')
                    if count == 1:
                        stop = start + 1
                        pending.append((action, [explicit], option_string))
                        break
                    raise ArgumentError(action, f'ignored explicit argument {explicit!r}')
                count = self._match_count(action, pattern[start + 1:])
                stop = start + 1 + count
                pending.append((action, arg_strings[start + 1:stop], option_string))
                break
            for each in pending:
                take(*each)
            return stop

        def consume_positionals(start):
            counts = self._match_partial(positionals, pattern[start:])
            for action, count in zip(positionals, counts):
                strings = arg_strings[start:start + count]
                start += count
                take(action, strings)
            del positionals[:len(counts)]
            return start

        start = 0
        last_option = max(option_indices) if option_indices else -1
        while start <= last_option:
            next_option = min(i for i in option_indices if i >= start)
            if start != next_option:
                end = consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in option_indices:
                extras.extend(arg_strings[start:next_option])
                start = next_option
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(arg_strings[stop:])
        missing = []
        for action in self._actions:
            if action not in seen:
                if action.required:
                    missing.append(_action_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                      and hasattr(namespace, action.dest) and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest, self._convert(action, action.default))
        if missing:
            raise ArgumentError(None, 'the following arguments are required: ' + ', '.join(missing))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_non_default for a in group._group_actions):
                names = [_action_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                raise ArgumentError(None, 'one of the arguments ' + ' '.join(names) + ' is required')
        return namespace, extras

    def _match_count(self, action, pattern):
        found = _re.match(_nargs_pattern(action), pattern)
        if found is None:
            nargs = action.nargs
            plural = f"expected {nargs} argument{'' if nargs == 1 else 's'}"
            raise ArgumentError(action, _NARGS_ERRORS.get(nargs, plural) if not isinstance(nargs, int) else plural)
        return len(found.group(1))

    def _match_partial(self, actions, pattern):
        for i in range(len(actions), 0, -1):
            found = _re.match(''.join(_nargs_pattern(a) for a in actions[:i]), pattern)
            if found is not None:
                return [len(g) for g in found.groups()]
        return []

    def _get_values(self, action, strings):
        if action.nargs not in (PARSER, REMAINDER) and '--' in strings:
            strings = list(strings)
            strings.remove('--')
        if not strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._convert(action, value)
                self._check_choice(action, value)
            return value
        if not strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else []
            self._check_choice(action, value)
            return value
        if len(strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._convert(action, strings[0])
            self._check_choice(action, value)
            return value
        if action.nargs == REMAINDER:
            return [self._convert(action, s) for s in strings]
        if action.nargs == PARSER:
            value = [self._convert(action, s) for s in strings]
            self._check_choice(action, value[0])
            return value
        if action.nargs == SUPPRESS:
            return SUPPRESS
        value = [self._convert(action, s) for s in strings]
        for each in value:
            self._check_choice(action, each)
        return value

    def _convert(self, action, text):
        convert = action.type
        if convert is None:
            return text
        try:
            return convert(text)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(convert, '__name__', repr(convert))
            raise ArgumentError(action, f'invalid {name} value: {text!r}')

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, f'invalid choice: {value!r} (choose from {choices})')

    # -- help and errors --
    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        '''The usage line(s).'''
        return self._render(False)

    def format_help(self):
        '''The whole help text: usage, description, argument sections, epilog.'''
        return self._render(True)

    def _render(self, whole):
        layout = self._get_formatter()
        layout.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        if whole:
            layout.add_text(self.description)
            for group in self._action_groups:
                layout.start_section(group.title)
                layout.add_text(group.description)
                layout.add_arguments(group._group_actions)
                layout.end_section()
            layout.add_text(self.epilog)
        return layout.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            (file or _sys.stdout).write(message)

    def exit(self, status=0, message=None):
        '''Writes message to stderr and exits with status.'''
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        '''Prints the usage and 'prog: error: message' to stderr and exits with status 2.'''
        self.print_usage(_sys.stderr)
        self.exit(2, f'{self.prog}: error: {message}\n')


class HelpFormatter:
    '''Lays out usage and help text in columns, wrapped to the terminal width.'''

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            import os
            try:
                width = int(os.environ['COLUMNS'])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._action_max_length = 0
        self._sections = [[]]
        self._headings = []

    # The help is a list of sections; each is a list of functions producing text.
    def _add(self, produce):
        self._sections[-1].append(produce)

    def start_section(self, heading):
        self._current_indent += self._indent_increment
        self._sections.append([])
        self._headings.append(heading)

    def end_section(self):
        items = self._sections.pop()
        heading = self._headings.pop()
        indent = self._current_indent - self._indent_increment

        def produce(items=items, heading=heading, indent=indent):
            body = ''.join(item() for item in items)
            if not body:
                return ''
            title = ' ' * indent + f'{heading}:\n' if heading is not SUPPRESS and heading is not None else ''
            return '\n' + title + body + '\n'
        self._current_indent = indent
        self._add(produce)

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            if '%(prog)' in text:
                text = text % dict(prog=self._prog)
            indent = self._current_indent
            self._add(lambda: self._fill(text, self._width - indent, ' ' * indent) + '\n\n')

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add(lambda: self._usage(usage, actions, groups, prefix))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        # The widest invocation, the sub-commands' included, at the section's indentation.
        widths = [len(self._invocation(a)) for a in [action] + list(self._subactions(action))]
        self._action_max_length = max(self._action_max_length, max(widths) + self._current_indent)
        indent = self._current_indent
        self._add(lambda: self._action_text(action, indent))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = ''.join(item() for item in self._sections[0])
        text = _re.sub(r'\n\n\n+', '\n\n', text)
        return text.strip('\n') + '\n' if text.strip('\n') else ''

    def _fill(self, text, width, indent):
        import textwrap
        text = _re.sub(r'\s+', ' ', text).strip()
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_re.sub(r'\s+', ' ', text).strip(), width)

    def _subactions(self, action):
        return action._get_subactions() if hasattr(action, '_get_subactions') else []

    def _metavar(self, action, default):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{' + ','.join(map(str, action.choices)) + '}'
        else:
            result = default
        return lambda n: result if isinstance(result, tuple) else (result,) * n

    def _format_args(self, action, default):
        get = self._metavar(action, default)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get(1)
        if nargs == OPTIONAL:
            return '[%s]' % get(1)
        if nargs == ZERO_OR_MORE:
            return '[%s ...]' % get(1)
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % get(1)
        if nargs == SUPPRESS:
            return ''
        return ' '.join(get(nargs))

    def _invocation(self, action):
        if not action.option_strings:
            return self._metavar(action, action.dest)(1)[0]
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, action.dest.upper())
        return ', '.join(f'{option} {args}' for option in action.option_strings)

    def _action_text(self, action, indent):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        header = self._invocation(action)
        if not action.help:
            parts = [' ' * indent + header + '\n']
        elif len(header) <= action_width:
            parts = [' ' * indent + header.ljust(action_width) + '  ']
            first = 0
        else:
            parts = [' ' * indent + header + '\n']
            first = help_position
        if action.help and action.help.strip():
            lines = self._split_lines(self._expand_help(action), help_width)
            if lines:
                parts.append(' ' * first + lines[0] + '\n')
                for line in lines[1:]:
                    parts.append(' ' * help_position + line + '\n')
        elif not parts[0].endswith('\n'):
            parts.append('\n')
        for sub in self._subactions(action):
            parts.append(self._action_text(sub, indent + self._indent_increment))
        return ''.join(parts)

    def _help_string(self, action):
        return action.help

    def _expand_help(self, action):
        params = {}
        for name, value in dict(vars(action), prog=self._prog).items():
            if value is not SUPPRESS:
                params[name] = getattr(value, '__name__', value) if hasattr(value, '__name__') else value
        if params.get('choices') is not None:
            params['choices'] = ', '.join(map(str, params['choices']))
        return self._help_string(action) % params

    def _usage_part(self, action):
        if not action.option_strings:
            text = self._format_args(action, action.dest)
            return text
        option = action.format_usage() if isinstance(action, BooleanOptionalAction) else action.option_strings[0]
        if action.nargs == 0:
            text = option
        else:
            text = f'{option} {self._format_args(action, action.dest.upper())}'
        return text if action.required else f'[{text}]'

    def _group_usage(self, actions, groups):
        # The usage parts in order, with each mutually exclusive group as '[a | b]'.
        parts = []
        done = set()
        for action in actions:
            if action.help is SUPPRESS or action in done:
                continue
            group = next((g for g in groups if action in g._group_actions), None)
            if group is not None and len(group._group_actions) > 1:
                members = [a for a in group._group_actions if a.help is not SUPPRESS]
                texts = []
                for member in members:
                    done.add(member)
                    text = self._usage_part(member)
                    if not member.required and text.startswith('[') and text.endswith(']'):
                        text = text[1:-1]
                    texts.append(text)
                joined = ' | '.join(texts)
                parts.append(f'({joined})' if group.required else f'[{joined}]')
            else:
                done.add(action)
                text = self._usage_part(action)
                if text:
                    parts.append(text)
        return parts

    def _usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            text = usage % dict(prog=self._prog)
        elif not actions:
            text = self._prog
        else:
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            opt_parts = self._group_usage(optionals, groups)
            pos_parts = self._group_usage(positionals, groups)
            text = ' '.join([self._prog] + opt_parts + pos_parts)
            limit = self._width - self._current_indent
            if len(prefix) + len(text) > limit:
                text = self._wrap_usage(prefix, opt_parts, pos_parts, limit)
        return f'{prefix}{text}\n\n'

    def _wrap_usage(self, prefix, opt_parts, pos_parts, limit):
        def lines_of(parts, indent, first_prefix=None):
            lines = []
            words = []
            length = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
            for part in parts + [None]:
                if part is None or length + 1 + len(part) > limit and words:
                    if words:
                        lines.append(indent + ' '.join(words))
                    words = []
                    length = len(indent) - 1
                if part is not None:
                    words.append(part)
                    length += len(part) + 1
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        prog = self._prog
        if len(prefix) + len(prog) <= 0.75 * limit:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = lines_of([prog] + opt_parts, indent, prefix)
                lines.extend(lines_of(pos_parts, indent))
            elif pos_parts:
                lines = lines_of([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = lines_of(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = lines_of(opt_parts, indent) + lines_of(pos_parts, indent)
            lines = [prog] + lines
        return '\n'.join(lines)


class RawDescriptionHelpFormatter(HelpFormatter):
    '''Keeps the description and epilog as written.'''

    def _fill(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    '''Keeps all help text as written.'''

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    '''Adds ' (default: ...)' to each argument's help.'''

    def _help_string(self, action):
        text = action.help or ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    '''Uses the type's name as each argument's metavar.'''

    def _format_args(self, action, default):
        return HelpFormatter._format_args(self, action, action.type.__name__ if action.type else default)
`;
