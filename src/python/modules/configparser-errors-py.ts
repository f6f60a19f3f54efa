// configparser, first half: its exceptions and the interpolations (Interpolation, Basic,
// Extended, Legacy), following the behaviour of CPython 3.11's module, messages included.

/** Python source of configparser's exceptions and interpolations (run before the parsers). */
export const CONFIGPARSER_ERRORS_PY = String.raw`"""Configuration file parser: INI-style sections of options, with interpolation."""

from collections.abc import MutableMapping
from collections import ChainMap as _ChainMap
import functools
import io
import itertools
import os
import re
import sys
import warnings

__all__ = ["NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError",
           "ConfigParser", "SafeConfigParser", "RawConfigParser",
           "Interpolation", "BasicInterpolation",  "ExtendedInterpolation",
           "LegacyInterpolation", "SectionProxy", "ConverterMapping",
           "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH"]

_default_dict = dict

DEFAULTSECT = "DEFAULT"

MAX_INTERPOLATION_DEPTH = 10


def _located(what, source, lineno):
    # "While reading from 'f' [line  3]: section " + what, or the API form without a source.
    if source is None:
        return what[0].upper() + what[1:]
    where = "While reading from " + repr(source)
    if lineno is not None:
        where += " [line {0:2d}]".format(lineno)
    return where + ": " + what


class Error(Exception):
    """Base class for ConfigParser exceptions."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    """Raised when no section matches a requested option."""

    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section
        self.args = (section, )


class DuplicateSectionError(Error):
    """Raised when a section is repeated in an input source."""

    def __init__(self, section, source=None, lineno=None):
        Error.__init__(self, _located("section %r already exists" % (section,), source, lineno))
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """Raised by strict parsers when an option is repeated in an input source."""

    def __init__(self, section, option, source=None, lineno=None):
        what = "option %r in section %r already exists" % (option, section)
        Error.__init__(self, _located(what, source, lineno))
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """A requested option was not found."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """Base class for interpolation-related exceptions."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A string substitution required a setting which was not available."""

    def __init__(self, option, section, rawval, reference):
        msg = ("Bad value substitution: option {!r} in section {!r} contains "
               "an interpolation key {!r} which is not a valid option name. "
               "Raw value: {!r}".format(option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """Raised when the source text contains invalid syntax."""


class InterpolationDepthError(InterpolationError):
    """Raised when substitutions are nested too deeply."""

    def __init__(self, option, section, rawval):
        msg = ("Recursion limit exceeded in value substitution: option {!r} "
               "in section {!r} contains an interpolation key which "
               "cannot be substituted in {} steps. Raw value: {!r}"
               "".format(option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Raised when a configuration file does not follow legal syntax."""

    def __init__(self, source=None, filename=None):
        if filename and source:
            raise ValueError("Cannot specify both \x60filename' and \x60source'. Use \x60source'.")
        elif not filename and not source:
            raise ValueError("Required argument \x60source' not given.")
        elif filename:
            source = filename
        Error.__init__(self, 'Source contains parsing errors: %r' % source)
        self.source = source
        self.errors = []
        self.args = (source, )

    @property
    def filename(self):
        """Deprecated, use source."""
        warnings.warn("The 'filename' attribute will be removed in Python 3.12. "
                      "Use 'source' instead.", DeprecationWarning, stacklevel=2)
        return self.source

    @filename.setter
    def filename(self, value):
        warnings.warn("The 'filename' attribute will be removed in Python 3.12. "
                      "Use 'source' instead.", DeprecationWarning, stacklevel=2)
        self.source = value

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    """Raised when a key-value pair is found before any section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %r, line: %d\n%r' %
                       (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


# The default of the getters' fallback= (None is a valid fallback).
_UNSET = object()


class Interpolation:
    """Dummy interpolation that passes the value through with no changes."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _MarkerInterpolation(Interpolation):
    # BasicInterpolation's and ExtendedInterpolation's shared algorithm: MARK escapes itself,
    # MARK + OPEN starts a reference matched by _KEYCRE.

    def before_get(self, parser, section, option, value, defaults):
        L = []
        self._interpolate_some(parser, option, L, value, section, defaults, 1)
        return ''.join(L)

    def before_set(self, parser, section, option, value):
        tmp_value = value.replace(self._MARK * 2, '')
        tmp_value = self._KEYCRE.sub('', tmp_value)
        if self._MARK in tmp_value:
            raise ValueError("invalid interpolation syntax in %r at "
                             "position %d" % (value, tmp_value.find(self._MARK)))
        return value

    def _interpolate_some(self, parser, option, accum, rest, section, map, depth):
        mark = self._MARK
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        while rest:
            p = rest.find(mark)
            if p < 0:
                accum.append(rest)
                return
            if p > 0:
                accum.append(rest[:p])
                rest = rest[p:]
            c = rest[1:2]
            if c == mark:
                accum.append(mark)
                rest = rest[2:]
            elif c == self._OPEN:
                m = self._KEYCRE.match(rest)
                if m is None:
                    raise InterpolationSyntaxError(option, section,
                        "bad interpolation variable reference %r" % rest)
                rest = rest[m.end():]
                sect, opt, v = self._lookup(parser, option, section, map, rawval, m.group(1), rest)
                if mark in v:
                    inner = self._nested_map(parser, sect, map)
                    self._interpolate_some(parser, opt, accum, v, sect, inner, depth + 1)
                else:
                    accum.append(v)
            else:
                raise InterpolationSyntaxError(option, section, self._BAD_MARK % (rest,))


class BasicInterpolation(_MarkerInterpolation):
    """Interpolation as implemented in the classic ConfigParser: %(name)s."""

    _KEYCRE = re.compile(r"%\(([^)]+)\)s")
    _MARK = "%"
    _OPEN = "("
    _BAD_MARK = "'%%' must be followed by '%%' or '(', found: %r"

    def _nested_map(self, parser, section, map):
        return map

    def _lookup(self, parser, option, section, map, rawval, name, rest):
        var = parser.optionxform(name)
        try:
            return section, option, map[var]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, rawval, var) from None


class ExtendedInterpolation(_MarkerInterpolation):
    """Advanced variant of interpolation: dollar-brace references to section:option or option."""

    _KEYCRE = re.compile(r"\$\{([^}]+)\}")
    _MARK = "$"
    _OPEN = "{"
    _BAD_MARK = "'$' must be followed by '$' or '{', found: %r"

    def _nested_map(self, parser, section, map):
        return dict(parser.items(section, raw=True))

    def _lookup(self, parser, option, section, map, rawval, name, rest):
        path = name.split(':')
        try:
            if len(path) == 1:
                opt = parser.optionxform(path[0])
                return section, opt, map[opt]
            if len(path) == 2:
                opt = parser.optionxform(path[1])
                return path[0], opt, parser.get(path[0], opt, raw=True)
            raise InterpolationSyntaxError(option, section, "More than one ':' found: %r" % (rest,))
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, rawval, ":".join(path)) from None


class LegacyInterpolation(Interpolation):
    """Deprecated interpolation used in old versions of ConfigParser."""

    _KEYCRE = re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn(
            "LegacyInterpolation has been deprecated since Python 3.2 "
            "and will be removed from the configparser module in Python 3.13. "
            "Use BasicInterpolation or ExtendedInterpolation instead.",
            DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        rawval = value
        depth = MAX_INTERPOLATION_DEPTH
        while depth:
            depth -= 1
            if value and "%(" in value:
                replace = functools.partial(self._interpolation_replace, parser=parser)
                value = self._KEYCRE.sub(replace, value)
                try:
                    value = value % vars
                except KeyError as e:
                    raise InterpolationMissingOptionError(option, section, rawval, e.args[0]) from None
            else:
                break
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, rawval)
        return value

    def before_set(self, parser, section, option, value):
        return value

    @staticmethod
    def _interpolation_replace(match, parser):
        s = match.group(1)
        if s is None:
            return match.group()
        return "%%(%s)s" % parser.optionxform(s)
`;
