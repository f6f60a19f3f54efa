// The `configparser` module: INI-style configuration files (sections of "key = value"
// options, a DEFAULT section the others fall back to, %(name)s or ${...} interpolation),
// with CPython 3.11's API, parsing rules, file layout and exception messages. Written for
// pymm; converters and the legacy names (SafeConfigParser, readfp) are not provided.

/** Source of the configparser module, run in the module's namespace. */
export const CONFIGPARSER_PY = String.raw`
'''Reading and writing INI-style configuration files: sections of "key = value" options.'''
import io as _io
import os as _os
import re as _re
import sys as _sys
from collections import ChainMap as _Chain
from collections.abc import MutableMapping as _MutableMapping

__all__ = ['NoSectionError', 'DuplicateOptionError', 'DuplicateSectionError', 'NoOptionError',
           'InterpolationError', 'InterpolationDepthError', 'InterpolationMissingOptionError',
           'InterpolationSyntaxError', 'ParsingError', 'MissingSectionHeaderError',
           'ConfigParser', 'RawConfigParser', 'Interpolation', 'BasicInterpolation',
           'ExtendedInterpolation', 'SectionProxy', 'DEFAULTSECT', 'MAX_INTERPOLATION_DEPTH']

DEFAULTSECT = 'DEFAULT'
MAX_INTERPOLATION_DEPTH = 10  # nested references followed at most
_UNSET = object()


def _where(source, lineno):
    # "While reading from 'f.ini' [line  3]: " for errors met while parsing a source.
    text = f'While reading from {source!r}'
    if lineno is not None:
        text += f' [line {lineno:2d}]'
    return text + ': '


class Error(Exception):
    '''Base class of configparser's exceptions; its str and repr are its message.'''

    def __init__(self, msg=''):
        self.message = msg
        super().__init__(msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    '''The section asked for does not exist.'''

    def __init__(self, section):
        Error.__init__(self, f'No section: {section!r}')
        self.section = section
        self.args = (section,)


class DuplicateSectionError(Error):
    '''A section given twice (in one source, or to add_section).'''

    def __init__(self, section, source=None, lineno=None):
        if source is None:
            msg = f'Section {section!r} already exists'
        else:
            msg = _where(source, lineno) + f'section {section!r} already exists'
        super().__init__(msg)
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = section, source, lineno


class DuplicateOptionError(Error):
    '''An option given twice in one section of one source.'''

    def __init__(self, section, option, source=None, lineno=None):
        what = f'option {option!r} in section {section!r} already exists'
        if source is None:
            msg = what[0].upper() + what[1:]
        else:
            msg = _where(source, lineno) + what
        super().__init__(msg)
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = section, option, source, lineno


class NoOptionError(Error):
    '''The option asked for is not in the section (nor in the defaults).'''

    def __init__(self, option, section):
        Error.__init__(self, f'No option {option!r} in section: {section!r}')
        self.option = option
        self.section = section
        self.args = option, section


class InterpolationError(Error):
    '''A value's interpolation failed.'''

    def __init__(self, option, section, msg):
        super().__init__(msg)
        self.option = option
        self.section = section
        self.args = option, section, msg


class InterpolationMissingOptionError(InterpolationError):
    '''A value refers to an option that does not exist.'''

    def __init__(self, option, section, written, reference):
        msg = (f'Bad value substitution: option {option!r} in section {section!r} contains an '
               f'interpolation key {reference!r} which is not a valid option name. '
               f'Raw value: {written!r}')
        super().__init__(option, section, msg)
        self.reference = reference
        self.args = option, section, written, reference


class InterpolationSyntaxError(InterpolationError):
    '''A value's interpolation markup is malformed.'''


class InterpolationDepthError(InterpolationError):
    '''References nested deeper than MAX_INTERPOLATION_DEPTH (a cycle, usually).'''

    def __init__(self, option, section, written):
        msg = (f'Recursion limit exceeded in value substitution: option {option!r} in section '
               f'{section!r} contains an interpolation key which cannot be substituted in '
               f'{MAX_INTERPOLATION_DEPTH} steps. Raw value: {written!r}')
        super().__init__(option, section, msg)
        self.args = option, section, written


class ParsingError(Error):
    '''Lines of a source that are neither headers, options nor continuations.'''

    def __init__(self, source):
        Error.__init__(self, f'Source contains parsing errors: {source!r}')
        self.source = source
        self.errors = []
        self.args = (source,)

    def append(self, number, text):
        self.errors.append((number, text))
        self.message += f'\n\t[line {number:2d}]: {text}'


class MissingSectionHeaderError(ParsingError):
    '''An option came before any section header.'''

    def __init__(self, filename, lineno, line):
        Error.__init__(self, f'File contains no section headers.\nfile: {filename!r}, line: {lineno:d}\n{line!r}')
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = filename, lineno, line


class Interpolation:
    '''No interpolation: values are used as they are written.'''

    def before_get(self, parser, section, option, value, mapping):
        return value

    def before_set(self, parser, section, option, text):
        return text

    def before_read(self, parser, section, option, text):
        return text

    def before_write(self, parser, section, option, text):
        return text


class _MarkupInterpolation(Interpolation):
    # The scheme shared by the two interpolations: SIGN doubled is a literal SIGN, SIGN then
    # OPEN starts a reference (matched by _KEYCRE); anything else after SIGN is an error.
    SIGN = OPEN = ''
    _KEYCRE = None

    def before_get(self, parser, section, option, value, mapping):
        parts = []
        self._expand(parser, option, parts, value, section, mapping, 1)
        return ''.join(parts)

    def before_set(self, parser, section, option, text):
        bare = self._KEYCRE.sub('', text.replace(self.SIGN * 2, ''))
        if self.SIGN in bare:
            raise ValueError(f'invalid interpolation syntax in {text!r} at position {bare.find(self.SIGN)}')
        return text

    def _expand(self, parser, option, parts, rest, section, mapping, depth):
        written = parser.get(section, option, raw=True, fallback=rest)
        if MAX_INTERPOLATION_DEPTH < depth:
            raise InterpolationDepthError(option, section, written)
        sign = self.SIGN
        while rest:
            at = rest.find(sign)
            if at < 0:
                parts.append(rest)
                return
            if at:
                parts.append(rest[:at])
                rest = rest[at:]
            follower = rest[1:2]
            if follower == sign:
                parts.append(sign)
                rest = rest[2:]
            elif follower == self.OPEN:
                found = self._KEYCRE.match(rest)
                if found is None:
                    raise InterpolationSyntaxError(option, section, f'bad interpolation variable reference {rest!r}')
                rest = rest[found.end():]
                self._reference(parser, option, parts, found.group(1), rest, section, mapping, depth, written)
            else:
                raise InterpolationSyntaxError(
                    option, section, f"'{sign}' must be followed by '{sign}' or '{self.OPEN}', found: {rest!r}")


class BasicInterpolation(_MarkupInterpolation):
    '''%(name)s is replaced by the option name of the same section (or the defaults).'''

    SIGN, OPEN = '%', '('
    _KEYCRE = _re.compile(r'%\(([^)]+)\)s')

    def _reference(self, parser, option, parts, name, rest, section, mapping, depth, written):
        key = parser.optionxform(name)
        try:
            value = mapping[key]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, written, key) from None
        if '%' in value:
            self._expand(parser, option, parts, value, section, mapping, depth + 1)
        else:
            parts.append(value)


class ExtendedInterpolation(_MarkupInterpolation):
    '''A dollar sign then {name} refers to an option of the same section, then {section:name}
    to any section's.'''

    SIGN, OPEN = '$', '{'
    _KEYCRE = _re.compile(r'\$\{([^}]+)\}')

    def _reference(self, parser, option, parts, name, rest, section, mapping, depth, written):
        path = name.split(':')
        where, key = section, option
        try:
            if len(path) == 1:
                key = parser.optionxform(path[0])
                value = mapping[key]
            elif len(path) == 2:
                where, key = path[0], parser.optionxform(path[1])
                value = parser.get(where, key, raw=True)
            else:
                # (The message shows what follows the reference, as CPython's does.)
                raise InterpolationSyntaxError(option, section, f"More than one ':' found: {rest!r}")
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, written, ':'.join(path)) from None
        if '$' in value:
            self._expand(parser, key, parts, value, where, dict(parser.items(where, raw=True)), depth + 1)
        else:
            parts.append(value)


class RawConfigParser(_MutableMapping):
    '''A configuration: sections of options, a DEFAULT section every section falls back to.'''

    BOOLEAN_STATES = {**dict.fromkeys(('1', 'yes', 'true', 'on'), True),
                      **dict.fromkeys(('0', 'no', 'false', 'off'), False)}
    _default_interp = Interpolation()
    _SECTCRE = _re.compile(r'\[(?P<header>.+)\]')
    _NONSPACECRE = _re.compile(r'\S')

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'), inline_comment_prefixes=None,
                 strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT, interpolation=_UNSET, converters=_UNSET):
        self._maptype = dict_type
        self._sects = dict_type()
        self._dflts = dict_type()
        self._views = dict_type()
        self._delims = tuple(delimiters)
        either = '|'.join(_re.escape(d) for d in self._delims)
        tail = rf'(?:(?P<vi>{either})\s*(?P<value>.*))?$' if allow_no_value else rf'(?P<vi>{either})\s*(?P<value>.*)$'
        self._optcre = _re.compile(r'(?P<option>.*?)\s*' + tail)
        self._full_comments = tuple(comment_prefixes or ())
        self._inline_comments = tuple(inline_comment_prefixes or ())
        self._no_dups = strict
        self._bare_ok = allow_no_value
        self._blank_lines_kept = empty_lines_in_values
        self.default_section = default_section
        self._views[default_section] = SectionProxy(self, default_section)
        if interpolation is _UNSET:
            interpolation = self._default_interp
        self._interp = Interpolation() if interpolation is None else interpolation
        if defaults:
            self._load_defaults(defaults)

    def defaults(self):
        return self._dflts

    def sections(self):
        '''The section names, DEFAULT excluded.'''
        return list(self._sects)

    def add_section(self, section):
        '''Creates an empty section.'''
        if section == self.default_section:
            raise ValueError(f'Invalid section name: {section!r}')
        if section in self._sects:
            raise DuplicateSectionError(section)
        self._sects[section] = self._maptype()
        self._views[section] = SectionProxy(self, section)

    def has_section(self, section):
        return section in self._sects

    def options(self, section):
        '''The section's option names, then the defaults' that it does not have.'''
        try:
            names = self._sects[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        names.update(self._dflts)
        return list(names)

    def read(self, filenames, encoding=None):
        '''Reads each file that can be opened; the names of those read.'''
        if isinstance(filenames, (str, bytes, _os.PathLike)):
            filenames = [filenames]
        done = []
        for name in filenames:
            try:
                with open(name, encoding=encoding) as fp:
                    self._parse(fp, name)
            except OSError:
                continue
            done.append(_os.fspath(name) if isinstance(name, _os.PathLike) else name)
        return done

    def read_file(self, f, source=None):
        '''Reads the lines of an open file (or any iterable of lines).'''
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._parse(f, source)

    def read_string(self, string, source='<string>'):
        self.read_file(_io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        '''Reads {section: {option: value}}; keys and values are made strs.'''
        seen = set()
        for section, options in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._no_dups and section in seen:
                    raise
            seen.add(section)
            for key, value in options.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._no_dups and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        '''The option's value in the section, interpolated unless raw.'''
        try:
            chain = self._lookup_chain(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = chain[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interp.before_get(self, section, option, value, chain)

    def _converted(self, section, option, conv, raw, vars, fallback):
        try:
            text = self.get(section, option, raw=raw, vars=vars)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback
        return conv(text)

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        return self._converted(section, option, int, raw, vars, fallback)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        return self._converted(section, option, float, raw, vars, fallback)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        return self._converted(section, option, self._to_bool, raw, vars, fallback)

    def _to_bool(self, value):
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError(f'Not a boolean: {value}')
        return state

    def items(self, section=_UNSET, raw=False, vars=None):
        '''Without a section, (name, SectionProxy) pairs; with one, its (option, value) pairs.'''
        if section is _UNSET:
            return super().items()
        merged = self._dflts.copy()
        try:
            merged.update(self._sects[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
        names = list(merged)
        if vars:
            for key, value in vars.items():
                merged[self.optionxform(key)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        expand = self._interp.before_get
        return [(name, expand(self, section, name, merged[name], merged)) for name in names]

    def popitem(self):
        for name in self.sections():
            value = self[name]
            del self[name]
            return name, value
        raise KeyError

    def _names_default(self, section):
        # has_option, set and remove_option take '' or None for the DEFAULT section too.
        return not section or section == self.default_section

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        '''Whether the section (or DEFAULT) has the option; False for a missing section.'''
        if self._names_default(section):
            return self.optionxform(option) in self._dflts
        if section not in self._sects:
            return False
        option = self.optionxform(option)
        return option in self._sects[section] or option in self._dflts

    def set(self, section, option, value=None):
        if value:
            value = self._interp.before_set(self, section, option, value)
        self._section_dict(section)[self.optionxform(option)] = value

    def _section_dict(self, section):
        if self._names_default(section):
            return self._dflts
        try:
            return self._sects[section]
        except KeyError:
            raise NoSectionError(section) from None

    def write(self, fp, space_around_delimiters=True):
        '''Writes the configuration in the INI format read() reads.'''
        delim = self._delims[0]
        if space_around_delimiters:
            delim = f' {delim} '
        if self._dflts:
            self._write_section(fp, self.default_section, self._dflts.items(), delim)
        for name, options in self._sects.items():
            self._write_section(fp, name, options.items(), delim)

    def _write_section(self, fp, name, items, delim):
        fp.write(f'[{name}]\n')
        for key, value in items:
            value = self._interp.before_write(self, name, key, value)
            if value is None and self._bare_ok:
                fp.write(f'{key}\n')
            else:
                text = str(value).replace('\n', '\n\t')
                fp.write(f'{key}{delim}{text}\n')
        fp.write('\n')

    def remove_option(self, section, option):
        '''Removes the option; whether it was there.'''
        options = self._section_dict(section)
        option = self.optionxform(option)
        if option not in options:
            return False
        del options[option]
        return True

    def remove_section(self, section):
        '''Removes the section; whether it was there.'''
        if section not in self._sects:
            return False
        del self._sects[section]
        del self._views[section]
        return True

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._views[key]

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._dflts.clear()
        elif key in self._sects:
            self._sects[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError('Cannot remove the default section.')
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sects) + 1

    def __iter__(self):
        yield self.default_section
        yield from self._sects

    def _parse(self, lines, origin):
        # One pass over the lines: headers open sections, "name = value" lines open options,
        # lines indented deeper than an option's continue its value. Duplicates (in strict
        # mode) and a missing first header stop at once; other bad lines are collected.
        seen = set()
        bucket = None
        current = key_name = None
        indent = 0
        error = None
        for number, text in enumerate(lines, 1):
            cut = self._comment_start(text)
            value = text[:cut].strip()
            if not value:
                if self._blank_lines_kept:
                    if cut is None and bucket is not None and key_name and bucket[key_name] is not None:
                        bucket[key_name].append('')
                else:
                    indent = _sys.maxsize
                continue
            first = self._NONSPACECRE.search(text)
            here = first.start() if first else 0
            if bucket is not None and key_name and here > indent:
                bucket[key_name].append(value)
                continue
            indent = here
            header = self._SECTCRE.match(value)
            if header:
                current = header.group('header')
                if current in self._sects:
                    if self._no_dups and current in seen:
                        raise DuplicateSectionError(current, origin, number)
                    bucket = self._sects[current]
                    seen.add(current)
                elif current == self.default_section:
                    bucket = self._dflts
                else:
                    bucket = self._maptype()
                    self._sects[current] = bucket
                    self._views[current] = SectionProxy(self, current)
                    seen.add(current)
                key_name = None
                continue
            if bucket is None:
                raise MissingSectionHeaderError(origin, number, text)
            option = self._optcre.match(value)
            if not option:
                error = self._bad_line(error, origin, number, text)
                continue
            key_name, optval = option.group('option', 'value')
            if not key_name:
                error = self._bad_line(error, origin, number, text)
            key_name = self.optionxform(key_name.rstrip())
            if self._no_dups and (current, key_name) in seen:
                raise DuplicateOptionError(current, key_name, origin, number)
            seen.add((current, key_name))
            bucket[key_name] = None if optval is None else [optval.strip()]
        self._finish_values()
        if error:
            raise error

    def _comment_start(self, line):
        # Where a comment starts: a full-line prefix at 0, else the first inline prefix that
        # begins the line or follows whitespace; None when there is no comment.
        if line.strip().startswith(self._full_comments) if self._full_comments else False:
            return 0
        best = None
        for prefix in self._inline_comments:
            at = line.find(prefix)
            while at != -1:
                if at == 0 or line[at - 1].isspace():
                    best = at if best is None else min(best, at)
                    break
                at = line.find(prefix, at + 1)
        return best

    def _bad_line(self, error, fpname, lineno, line):
        if error is None:
            error = ParsingError(fpname)
        error.append(lineno, repr(line))
        return error

    def _finish_values(self):
        before_read = self._interp.before_read
        for section, options in [(self.default_section, self._dflts), *self._sects.items()]:
            for name, value in options.items():
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                options[name] = before_read(self, section, name, value)

    def _load_defaults(self, defaults):
        self.read_dict({self.default_section: defaults})

    def _lookup_chain(self, section, vars):
        try:
            own = self._sects[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
            own = {}
        given = {}
        if vars:
            for key, value in vars.items():
                given[self.optionxform(key)] = None if value is None else str(value)
        return _Chain(given, own, self._dflts)

    def _check_types(self, *, section='', option='', value=''):
        if not isinstance(section, str):
            raise TypeError('section names must be strings')
        if not isinstance(option, str):
            raise TypeError('option keys must be strings')
        if not self._bare_ok or value:
            if not isinstance(value, str):
                raise TypeError('option values must be strings')


class ConfigParser(RawConfigParser):
    '''A RawConfigParser whose values interpolate %(name)s and whose set() takes strs only.'''

    _default_interp = BasicInterpolation()

    def set(self, section, option, value=None):
        self._check_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        self._check_types(section=section)
        super().add_section(section)

    def _load_defaults(self, defaults):
        # The defaults are stored as given, not interpolated on the way in.
        keep = self._interp
        self._interp = Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interp = keep


class SectionProxy(_MutableMapping):
    '''One section seen as a mapping of option names to (interpolated) values.'''

    def __init__(self, parser, name):
        self._owner = parser
        self._title = name

    def __repr__(self):
        return f'<Section: {self._title}>'

    def __getitem__(self, key):
        if not self._owner.has_option(self._title, key):
            raise KeyError(key)
        return self._owner.get(self._title, key)

    def __setitem__(self, key, value):
        self._owner._check_types(option=key, value=value)
        return self._owner.set(self._title, key, value)

    def __delitem__(self, key):
        if not (self._owner.has_option(self._title, key) and self._owner.remove_option(self._title, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._owner.has_option(self._title, key)

    def __len__(self):
        return len(self._names())

    def __iter__(self):
        return iter(self._names())

    def _names(self):
        if self._title == self._owner.default_section:
            return self._owner.defaults()
        return self._owner.options(self._title)

    @property
    def parser(self):
        return self._owner

    @property
    def name(self):
        return self._title

    def get(self, option, fallback=None, *, raw=False, vars=None):
        return self._owner.get(self._title, option, raw=raw, vars=vars, fallback=fallback)

    def getint(self, option, fallback=None, *, raw=False, vars=None):
        return self._owner.getint(self._title, option, raw=raw, vars=vars, fallback=fallback)

    def getfloat(self, option, fallback=None, *, raw=False, vars=None):
        return self._owner.getfloat(self._title, option, raw=raw, vars=vars, fallback=fallback)

    def getboolean(self, option, fallback=None, *, raw=False, vars=None):
        return self._owner.getboolean(self._title, option, raw=raw, vars=vars, fallback=fallback)
`;
