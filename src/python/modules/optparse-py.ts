// The `optparse` module, written for pymm: OptionParser, Option, OptionGroup, Values, the
// help formatters and the exceptions, with CPython 3.11's parsing rules (abbreviated long
// options, clustered short options, nargs, callbacks), help layout and error messages.

/** Source of the optparse module, run in the module's namespace. */
export const OPTPARSE_PY = String.raw`
'''Command-line option parsing (the older interface that argparse replaced).'''
import os as _os
import sys as _sys
import textwrap as _textwrap

__version__ = '1.5.3'
__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE', 'Values',
           'OptionContainer', 'OptionGroup', 'OptionParser', 'HelpFormatter',
           'IndentedHelpFormatter', 'TitledHelpFormatter', 'OptParseError', 'OptionError',
           'OptionConflictError', 'OptionValueError', 'BadOptionError', 'check_choice']


def _(text): return text


class OptParseError(Exception):
    def __init__(self, msg): self.msg = msg

    def __str__(self): return self.msg


class OptionError(OptParseError):
    '''A badly made Option (or one that clashes with another).'''

    def __init__(self, msg, option):
        self.msg, self.option_id = msg, f'{option}'

    def __str__(self): return f'option {self.option_id}: {self.msg}' if self.option_id else self.msg


class OptionConflictError(OptionError):
    '''An option string already taken by another option.'''


class OptionValueError(OptParseError):
    '''A bad value given for an option on the command line.'''


class BadOptionError(OptParseError):
    '''An option string the parser does not know.'''

    def __init__(self, opt_str): self.opt_str = opt_str

    def __str__(self): return 'no such option: ' + self.opt_str


class AmbiguousOptionError(BadOptionError):
    '''An abbreviation that fits several long options.'''

    def __init__(self, opt_str, possibilities):
        super().__init__(opt_str)
        self.possibilities = possibilities

    def __str__(self): return f"ambiguous option: {self.opt_str} ({', '.join(self.possibilities)}?)"


SUPPRESS_HELP = 'SUPPRESS' + 'HELP'
SUPPRESS_USAGE = 'SUPPRESS' + 'USAGE'
NO_DEFAULT = ('NO', 'DEFAULT')


class HelpFormatter:
    '''Lays out usage, headings, descriptions and the option table.'''

    NO_DEFAULT_VALUE = 'none'

    def __init__(self, indent_increment, max_help_position, width, short_first):
        self.parser, self.indent_increment = None, indent_increment
        if width is None:
            try:
                width = int(_os.environ['COLUMNS'])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self.width = width
        self.max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self.help_position = self.max_help_position
        self.current_indent = 0
        self.level = 0
        self.help_width = None
        self.short_first, self.default_tag = short_first, '%default'
        self.option_strings = {}
        self._short_opt_fmt = '%s %s'
        self._long_opt_fmt = '%s=%s'

    def set_parser(self, parser): self.parser = parser

    def set_short_opt_delimiter(self, delim):
        if delim not in ('', ' '):
            raise ValueError('invalid metavar delimiter for short options: %r' % delim)
        self._short_opt_fmt = '%s' + delim + '%s'

    def set_long_opt_delimiter(self, delim):
        if delim not in ('=', ' '):
            raise ValueError('invalid metavar delimiter for long options: %r' % delim)
        self._long_opt_fmt = '%s' + delim + '%s'

    def indent(self):
        self.level, self.current_indent = self.level + 1, self.current_indent + self.indent_increment

    def dedent(self):
        self.level, self.current_indent = self.level - 1, self.current_indent - self.indent_increment
        assert self.current_indent >= 0, 'Indent decreased below 0.'

    def format_usage(self, usage): raise NotImplementedError('subclasses must implement')

    def format_heading(self, heading): raise NotImplementedError('subclasses must implement')

    def _wrap_block(self, text):
        pad = ' ' * self.current_indent
        return _textwrap.fill(text, max(self.width - self.current_indent, 11),
                              initial_indent=pad, subsequent_indent=pad)

    def format_description(self, description):
        return self._wrap_block(description) + '\n' if description else ''

    def format_epilog(self, epilog): return '\n' + self._wrap_block(epilog) + '\n' if epilog else ''

    def expand_default(self, option):
        if not self.default_tag or self.parser is None:
            return option.help
        shown = self.parser.defaults.get(option.dest)
        if shown is NO_DEFAULT or shown is None:
            shown = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(shown))

    def format_option(self, option):
        names = self.option_strings[option]
        room = self.help_position - self.current_indent - 2
        lead = ' ' * self.current_indent
        if len(names) > room:
            out = [lead + names + '\n']
            first_pad = self.help_position
        else:
            out = [lead + names.ljust(room) + '  ']
            first_pad = 0
        if option.help:
            lines = _textwrap.wrap(self.expand_default(option), self.help_width)
            out.append(' ' * first_pad + lines[0] + '\n')
            out.extend(' ' * self.help_position + line + '\n' for line in lines[1:])
        elif not out[0].endswith('\n'):
            out.append('\n')
        return ''.join(out)

    def store_option_strings(self, parser):
        # The parser's own options sit one level in, its groups' options two.
        widest = 0
        step = self.indent_increment
        tiers = [(step, parser.option_list)]
        tiers += [(2 * step, group.option_list) for group in parser.option_groups]
        for pad, options in tiers:
            for opt in options:
                self.option_strings[opt] = text = self.format_option_strings(opt)
                widest = max(widest, self.current_indent + pad + len(text))
        self.help_position = min(widest + 2, self.max_help_position)
        self.help_width = max(11, self.width - self.help_position)

    def format_option_strings(self, option):
        shorts, longs = option._short_opts, option._long_opts
        if option.takes_value():
            shown = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (name, shown) for name in shorts]
            longs = [self._long_opt_fmt % (name, shown) for name in longs]
        return ', '.join(shorts + longs if self.short_first else longs + shorts)


class IndentedHelpFormatter(HelpFormatter):
    '''Headings flush left, options indented under them.'''

    def __init__(self, indent_increment=2, max_help_position=24, width=None, short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage): return f'Usage: {usage}\n'

    def format_heading(self, heading): return ' ' * self.current_indent + heading + ':\n'


class TitledHelpFormatter(HelpFormatter):
    '''Headings underlined with = and -.'''

    def __init__(self, indent_increment=0, max_help_position=24, width=None, short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage): return f"{self.format_heading('Usage')}  {usage}\n"

    def format_heading(self, heading):
        return heading + '\n' + '=-'[self.level] * len(heading) + '\n'


def _to_number(text, kind):
    head = text[:2].lower()
    if head == '0x':
        return kind(text, 16)
    if head == '0b':
        return kind(text[2:] or '0', 2)
    return kind(text, 8 if text[:1] == '0' else 10)


_CONVERTERS = {
    'int': (lambda s: _to_number(s, int), 'integer'),
    'long': (lambda s: _to_number(s, int), 'long integer'),
    'float': (float, 'floating-point'),
    'complex': (complex, 'complex'),
}


def check_builtin(option, opt, value):
    convert, noun = _CONVERTERS[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError(f'option {opt}: invalid {noun} value: {value!r}')


def check_choice(option, opt, value):
    if value not in option.choices:
        allowed = ', '.join(map(repr, option.choices))
        raise OptionValueError(f'option {opt}: invalid choice: {value!r} (choose from {allowed})')
    return value


class Option:
    '''One command-line option: its strings, its action and where the value goes.'''

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices', 'callback',
             'callback_args', 'callback_kwargs', 'help', 'metavar']
    ACTIONS = ('store', 'store_const', 'store_true', 'store_false', 'append', 'append_const',
               'count', 'callback', 'help', 'version')
    STORE_ACTIONS = ('store', 'store_const', 'store_true', 'store_false', 'append',
                     'append_const', 'count')
    TYPED_ACTIONS = ('store', 'append', 'callback')
    ALWAYS_TYPED_ACTIONS = ('store', 'append')
    CONST_ACTIONS = ('store_const', 'append_const')
    TYPES = ('string', 'int', 'long', 'float', 'complex', 'choice')
    TYPE_CHECKER = {'int': check_builtin, 'long': check_builtin, 'float': check_builtin,
                    'complex': check_builtin, 'choice': check_choice}

    def __init__(self, *opts, **attrs):
        self._short_opts = []
        self._long_opts = []
        self._sort_strings(self._given_strings(opts))
        self._take_attrs(attrs)
        for check in self.CHECK_METHODS:
            check(self)

    def _given_strings(self, opts):
        opts = [o for o in opts if o]
        if not opts:
            raise TypeError('at least one option string must be supplied')
        return opts

    def _sort_strings(self, opts):
        for name in opts:
            if len(name) < 2:
                raise OptionError(f'invalid option string {name!r}: must be at least two characters long', self)
            if len(name) == 2:
                if not (name[0] == '-' and name[1] != '-'):
                    raise OptionError(f'invalid short option string {name!r}: '
                                      'must be of the form -x, (x any non-dash char)', self)
                self._short_opts.append(name)
            else:
                if not (name[:2] == '--' and name[2] != '-'):
                    raise OptionError(f'invalid long option string {name!r}: '
                                      'must start with --, followed by non-dash', self)
                self._long_opts.append(name)

    def _take_attrs(self, attrs):
        for name in self.ATTRS:
            if name in attrs:
                setattr(self, name, attrs.pop(name))
            else:
                setattr(self, name, NO_DEFAULT if name == 'default' else None)
        if attrs:
            extra = sorted(attrs)
            raise OptionError('invalid keyword arguments: ' + ', '.join(extra), self)

    def _verify_action(self):
        if self.action is None:
            self.action = 'store'
        elif not self.ACTIONS.count(self.action):
            raise OptionError(f'invalid action: {self.action!r}', self)

    def _verify_type(self):
        if self.type is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = 'choice' if self.choices is not None else 'string'
            return
        name = self.type.__name__ if isinstance(self.type, type) else self.type
        self.type = 'string' if name == 'str' else name
        if not self.TYPES.count(self.type):
            raise OptionError(f'invalid option type: {self.type!r}', self)
        if not self.TYPED_ACTIONS.count(self.action):
            raise OptionError(f'must not supply a type for action {self.action!r}', self)

    def _verify_choices(self):
        if self.type == 'choice':
            if self.choices is None:
                raise OptionError("must supply a list of choices for type 'choice'", self)
            if not isinstance(self.choices, (tuple, list)):
                kind = str(type(self.choices)).split("'")[1]
                raise OptionError(f"choices must be a list of strings ('{kind}' supplied)", self)
        elif self.choices is not None:
            raise OptionError(f'must not supply choices for type {self.type!r}', self)

    def _verify_dest(self):
        wants = self.action in self.STORE_ACTIONS or self.type is not None
        if self.dest is None and wants:
            longs = self._long_opts
            self.dest = longs[0][2:].replace('-', '_') if longs else self._short_opts[0][1]

    def _verify_const(self):
        if self.const is not None and not self.CONST_ACTIONS.count(self.action):
            raise OptionError(f"'const' must not be supplied for action {self.action!r}", self)

    def _verify_nargs(self):
        typed = self.action in self.TYPED_ACTIONS
        if typed and self.nargs is None:
            self.nargs = 1
        elif not typed and self.nargs is not None:
            raise OptionError(f"'nargs' must not be supplied for action {self.action!r}", self)

    def _verify_callback(self):
        if self.action == 'callback':
            if not callable(getattr(self, 'callback')):
                raise OptionError(f'callback not callable: {self.callback!r}', self)
            if self.callback_args is not None and not isinstance(self.callback_args, tuple):
                raise OptionError(f'callback_args, if supplied, must be a tuple: not {self.callback_args!r}', self)
            if self.callback_kwargs is not None and not isinstance(self.callback_kwargs, dict):
                raise OptionError(f'callback_kwargs, if supplied, must be a dict: not {self.callback_kwargs!r}', self)
        else:
            for name in ('callback', 'callback_args', 'callback_kwargs'):
                if getattr(self, name) is not None:
                    raise OptionError(f'{name} supplied for non-callback option', self)

    CHECK_METHODS = [_verify_action, _verify_type, _verify_choices, _verify_dest, _verify_const,
                     _verify_nargs, _verify_callback]

    def __str__(self): return '/'.join(self._short_opts + self._long_opts)

    def __repr__(self): return f'<{type(self).__name__} at 0x{id(self):x}: {self}>'

    def takes_value(self): return self.type is not None

    def get_opt_string(self): return (self._long_opts or self._short_opts)[0]

    def check_value(self, opt, value):
        check = self.TYPE_CHECKER.get(self.type)
        return value if check is None else check(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return value
        if self.nargs == 1:
            return self.check_value(opt, value)
        return tuple(self.check_value(opt, each) for each in value)

    def process(self, opt, value, values, parser):
        converted = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, converted, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        plain = {'store': value, 'store_const': self.const, 'store_true': True, 'store_false': False}
        if action in plain:
            setattr(values, dest, plain[action])
        elif action in ('append', 'append_const'):
            values.ensure_value(dest, []).append(value if action == 'append' else self.const)
        elif action == 'count':
            setattr(values, dest, 1 + values.ensure_value(dest, 0))
        elif action == 'callback':
            self.callback(self, opt, value, parser, *(self.callback_args or ()),
                          **(self.callback_kwargs or {}))
        elif action == 'help':
            parser.print_help()
            parser.exit()
        elif action == 'version':
            parser.print_version()
            parser.exit()
        else:
            raise ValueError('unknown action %r' % self.action)
        return 1


make_option = Option


class Values:
    '''The parsed option values, as attributes.'''

    def __init__(self, defaults=None):
        for name, value in (defaults or {}).items():
            setattr(self, name, value)

    def __str__(self): return str(self.__dict__)

    def __repr__(self): return f'<{type(self).__name__} at 0x{id(self):x}: {self}>'

    def __eq__(self, other):
        if isinstance(other, Values):
            other = vars(other)
        elif not isinstance(other, dict):
            return NotImplemented
        return vars(self) == other

    def _update_careful(self, source):
        for name in dir(self):
            if name in source and source[name] is not None:
                setattr(self, name, source[name])

    def _update_loose(self, source): self.__dict__.update(source)

    def _update(self, source, mode):
        if mode == 'careful':
            self._update_careful(source)
        elif mode == 'loose':
            self._update_loose(source)
        else:
            raise ValueError('invalid update mode: %r' % mode)

    def ensure_value(self, attr, value):
        current = getattr(self, attr, None)
        if current is None:
            setattr(self, attr, value)
            current = value
        return current


class OptionContainer:
    '''What OptionParser and OptionGroup share: a list of options and their lookups.'''

    def __init__(self, option_class, conflict_handler, description):
        self._new_option_list()
        self.option_class, self.description = option_class, description
        OptionContainer.set_conflict_handler(self, conflict_handler)

    def _new_tables(self):
        self._short_opt = {}
        self._long_opt = {}
        self.defaults = {}

    def _borrow_tables(self, parser):
        self._short_opt, self._long_opt = parser._short_opt, parser._long_opt
        self.defaults = getattr(parser, 'defaults')

    def set_conflict_handler(self, handler):
        if handler not in ('error', 'resolve'):
            raise ValueError('invalid conflict_resolution value %r' % handler)
        setattr(self, 'conflict_handler', handler)

    def set_description(self, description): self.description = description

    def get_description(self): return self.description

    def destroy(self): del self._short_opt, self._long_opt, self.defaults

    def _resolve_clash(self, option):
        taken = [name for name in option._short_opts if name in self._short_opt]
        taken += [name for name in option._long_opts if name in self._long_opt]
        if not taken:
            return
        if self.conflict_handler == 'error':
            names = ', '.join(taken)
            raise OptionConflictError(f'conflicting option string(s): {names}', option)
        for name in taken:
            table = self._long_opt if name.startswith('--') else self._short_opt
            other = table.pop(name)
            strings = other._long_opts if name.startswith('--') else other._short_opts
            strings.remove(name)
            if not (other._short_opts or other._long_opts):
                other.container.option_list.remove(other)

    def add_option(self, *args, **kwargs):
        '''Adds an Option (or makes one from the arguments) and returns it.'''
        if isinstance(args[0], str) if args else False:
            option = self.option_class(*args, **kwargs)
        elif not kwargs and len(args) == 1:
            option = args[0]
            if not isinstance(option, Option):
                raise TypeError('not an Option instance: %r' % option)
        else:
            raise TypeError('invalid arguments')
        self._resolve_clash(option)
        self.option_list += [option]
        option.container = self
        for name in option._short_opts:
            self._short_opt[name] = option
        for name in option._long_opts:
            self._long_opt[name] = option
        dest = option.dest
        if dest is not None:
            if option.default is NO_DEFAULT:
                self.defaults.setdefault(dest, None)
            else:
                self.defaults[dest] = option.default
        return option

    def add_options(self, option_list):
        for option in option_list:
            self.add_option(option)

    def get_option(self, opt_str):
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str): return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        option = self.get_option(opt_str)
        if option is None:
            raise ValueError('no such option %r' % opt_str)
        for name in option._short_opts:
            del self._short_opt[name]
        for name in option._long_opts:
            del self._long_opt[name]
        option.container.option_list.remove(option)

    def format_option_help(self, formatter):
        return ''.join(formatter.format_option(option) for option in self.option_list
                       if option.help is not SUPPRESS_HELP)

    def format_description(self, formatter):
        return formatter.format_description(description=self.get_description())

    def format_help(self, formatter):
        parts = []
        if self.description:
            parts.append(self.format_description(formatter))
        if self.option_list:
            parts.append(self.format_option_help(formatter))
        return '\n'.join(parts)


class OptionGroup(OptionContainer):
    '''A titled section of a parser's options.'''

    def __init__(self, parser, title, description=None):
        self.parser = parser
        OptionContainer.__init__(self, parser.option_class, parser.conflict_handler, description)
        self.title = title

    def _new_option_list(self):
        self.option_list = []
        self._borrow_tables(self.parser)

    def set_title(self, title): self.title = title

    def destroy(self):
        OptionContainer.destroy(self)
        del self.option_list

    def format_help(self, formatter):
        text = formatter.format_heading(self.title)
        formatter.indent()
        text += OptionContainer.format_help(self, formatter)
        formatter.dedent()
        return text


def _expand_abbrev(s, wordmap):
    if s in wordmap:
        return s
    found = [word for word in wordmap if word.startswith(s)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise BadOptionError(s)
    raise AmbiguousOptionError(s, sorted(found))


class OptionParser(OptionContainer):
    '''Parses a command line into a Values object and the leftover arguments.'''

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler='error', description=None, formatter=None,
                 add_help_option=True, prog=None, epilog=None):
        OptionContainer.__init__(self, option_class, conflict_handler, description)
        self.set_usage(usage)
        self.prog = prog
        self.version = version
        self.allow_interspersed_args = self.process_default_values = True
        self.formatter = IndentedHelpFormatter() if formatter is None else formatter
        self.formatter.set_parser(self)
        self.epilog = epilog
        self.add_options([*self.standard_option_list, *(option_list or ())])
        if self.version:
            self.add_option('--version', action='version',
                            help="show program's version number and exit")
        if add_help_option:
            self.add_option('-h', '--help', action='help', help='show this help message and exit')

    def destroy(self):
        OptionContainer.destroy(self)
        for group in self.option_groups:
            group.destroy()
        del self.option_list, self.option_groups, self.formatter

    def _new_option_list(self):
        self.option_list = []
        self.option_groups = []
        self._new_tables()

    def set_usage(self, usage):
        if usage is None:
            self.usage = '%prog [options]'
        elif usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage.lower().startswith('usage: '):
            self.usage = usage[7:]
        else:
            self.usage = usage

    def enable_interspersed_args(self): self.allow_interspersed_args = True

    def disable_interspersed_args(self): self.allow_interspersed_args = False

    def set_process_default_values(self, process): self.process_default_values = process

    def set_default(self, dest, value): self.defaults[dest] = value

    def set_defaults(self, **kwargs): self.defaults.update(kwargs)

    def _every_option(self):
        found = list(self.option_list)
        for group in self.option_groups:
            found.extend(group.option_list)
        return found

    def get_default_values(self):
        start = self.defaults.copy()
        if self.process_default_values:
            for option in self._every_option():
                value = start.get(option.dest)
                if isinstance(value, str):
                    start[option.dest] = option.check_value(option.get_opt_string(), value)
        return Values(start)

    def add_option_group(self, *args, **kwargs):
        if isinstance(args[0], str):
            group = OptionGroup(self, *args, **kwargs)
        elif not kwargs and len(args) == 1:
            group = args[0]
            if not isinstance(group, OptionGroup):
                raise TypeError('not an OptionGroup instance: %r' % group)
            if group.parser is not self:
                raise ValueError('invalid OptionGroup (wrong parser)')
        else:
            raise TypeError('invalid arguments')
        self.option_groups += [group]
        return group

    def get_option_group(self, opt_str):
        option = self._short_opt.get(opt_str) or self._long_opt.get(opt_str)
        if option and option.container is not self:
            return option.container
        return None

    def _argv_copy(self, args): return _sys.argv[1:] if args is None else args[:]

    def parse_args(self, args=None, values=None):
        '''Returns (values, leftover arguments); a bad command line exits through error().'''
        rargs = self._argv_copy(args)
        if values is None:
            values = self.get_default_values()
        self.rargs = rargs
        self.largs = largs = []
        self.values = values
        try:
            self._consume(largs, rargs, values)
        except (BadOptionError, OptionValueError) as err:
            self.error(str(err))
        return self.check_values(values, largs + rargs)

    def check_values(self, values, args): return (values, args)

    def _consume(self, largs, rargs, values):
        while rargs:
            arg = rargs[0]
            if arg == '--':
                del rargs[0]
                return
            if arg[:2] == '--':
                self._consume_long(rargs, values)
            elif arg[:1] == '-' and len(arg) > 1:
                self._consume_short(rargs, values)
            elif self.allow_interspersed_args:
                largs.append(arg)
                del rargs[0]
            else:
                return

    def _full_long_opt(self, opt): return _expand_abbrev(opt, self._long_opt)

    def _take_values(self, option, opt, rargs):
        count = option.nargs
        if len(rargs) < count:
            plural = '' if count == 1 else 's'
            self.error(f'{opt} option requires {count} argument{plural}')
        if count == 1:
            return rargs.pop(0)
        taken = tuple(rargs[:count])
        del rargs[:count]
        return taken

    def _consume_long(self, rargs, values):
        arg = rargs.pop(0)
        opt, eq, rest = arg.partition('=')
        if eq:
            rargs.insert(0, rest)
        opt = self._full_long_opt(opt)
        option = self._long_opt[opt]
        if option.takes_value():
            value = self._take_values(option, opt, rargs)
        elif eq:
            self.error(f'{opt} option does not take a value')
        else:
            value = None
        option.process(opt, value, values, self)

    def _consume_short(self, rargs, values):
        arg = rargs.pop(0)
        for i, ch in enumerate(arg[1:], 2):
            opt = '-' + ch
            option = self._short_opt.get(opt)
            if not option:
                raise BadOptionError(opt)
            if option.takes_value():
                if i < len(arg):
                    rargs.insert(0, arg[i:])
                value = self._take_values(option, opt, rargs)
                option.process(opt, value, values, self)
                return
            option.process(opt, None, values, self)

    def get_prog_name(self):
        return _os.path.basename(_sys.argv[0]) if self.prog is None else self.prog

    def expand_prog_name(self, s): return s.replace('%prog', self.get_prog_name())

    def get_description(self): return self.expand_prog_name(self.description)

    def exit(self, status=0, msg=None):
        if msg:
            _sys.stderr.write(msg)
        _sys.exit(status)

    def error(self, msg):
        '''Prints the usage and msg to stderr and exits with status 2.'''
        self.print_usage(file=_sys.stderr)
        self.exit(2, f'{self.get_prog_name()}: error: {msg}\n')

    def get_usage(self):
        if not self.usage:
            return ''
        return self.formatter.format_usage(self.expand_prog_name(self.usage))

    def print_usage(self, file=None):
        if self.usage:
            print(self.get_usage(), file=_sys.stdout if file is None else file)

    def get_version(self): return self.expand_prog_name(self.version) if self.version else ''

    def print_version(self, file=None):
        if self.version:
            print(self.get_version(), file=_sys.stdout if file is None else file)

    def format_option_help(self, formatter=None):
        formatter = formatter or self.formatter
        formatter.store_option_strings(parser=self)
        parts = [formatter.format_heading('Options')]
        formatter.indent()
        if self.option_list:
            parts += [OptionContainer.format_option_help(self, formatter), '\n']
        for group in self.option_groups:
            parts += [group.format_help(formatter), '\n']
        formatter.dedent()
        return ''.join(parts[:-1])

    def format_epilog(self, formatter): return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        formatter = formatter or self.formatter
        parts = []
        if self.usage:
            parts.append(self.get_usage() + '\n')
        if self.description:
            parts.append(self.format_description(formatter) + '\n')
        parts.append(self.format_option_help(formatter))
        parts.append(self.format_epilog(formatter))
        return ''.join(parts)

    def print_help(self, file=None):
        (_sys.stdout if file is None else file).write(self.format_help())
`;
