// locale: the C locales only (C, POSIX and C.UTF-8, the ones a pymm process has), with
// CPython 3.11's startup state (LC_CTYPE from the environment, the rest "C"), its queries,
// formatting and conversions. It follows the behaviour of CPython 3.11's module for those
// locales; any other locale name is "unsupported locale setting", and normalize() knows only
// a few common aliases.

/** The Python source of the locale module. */
export const LOCALE_PY = String.raw`
"""Locale services, for the C locales pymm provides (C, POSIX, C.UTF-8)."""

import os as _os

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error',
           'setlocale', 'resetlocale', 'localeconv', 'strcoll', 'strxfrm',
           'str', 'atof', 'atoi', 'format_string', 'currency',
           'normalize', 'LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY',
           'LC_NUMERIC', 'LC_ALL', 'CHAR_MAX', 'getencoding']

_builtin_str = str

LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = range(7)
CHAR_MAX = 127
CODESET, D_T_FMT, D_FMT, T_FMT, RADIXCHAR, THOUSEP = 14, 0x20028, 0x20029, 0x2002A, 0x10000, 0x10001
_CATEGORY_NAMES = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY',
                   'LC_MESSAGES', 'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE',
                   'LC_MEASUREMENT', 'LC_IDENTIFICATION']


class Error(Exception):
    pass


def _known(name):
    # The C library's name for a locale pymm has, or None.
    if name in ('C', 'POSIX'):
        return name
    if name.lower() in ('c.utf-8', 'c.utf8'):
        return name
    return None


def _from_environment(category_name):
    for var in ('LC_ALL', category_name, 'LANG'):
        value = _os.environ.get(var)
        if value:
            return value
    return 'C'


# One locale name per category (12 of them, as glibc has); at startup only LC_CTYPE follows
# the environment.
_current = ['C'] * len(_CATEGORY_NAMES)
_current[0] = _known(_from_environment('LC_CTYPE')) or 'C'
if _current[0] == 'POSIX':
    _current[0] = 'C'


def setlocale(category, locale=None):
    """Set (or, with locale None, query) the locale of category."""
    if not isinstance(category, int):
        raise TypeError(f"'{type(category).__name__}' object cannot be interpreted as an integer")
    if category < 0 or category > LC_ALL:
        raise Error('invalid locale category')
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = _builtin_str(normalize(_name_of(locale)))
    slots = range(len(_current)) if category == LC_ALL else [category]
    if locale is not None:
        wanted = []
        for slot in slots:
            name = locale or _from_environment(_CATEGORY_NAMES[slot])
            found = _known(name)
            if found is None:
                raise Error('unsupported locale setting')
            wanted.append((slot, 'C' if found == 'POSIX' else found))
        for slot, name in wanted:
            _current[slot] = name
    if category != LC_ALL:
        return _current[category]
    if len(set(_current)) == 1:
        return _current[0]
    return ';'.join(f'{n}={v}' for n, v in zip(_CATEGORY_NAMES, _current))


_C_CONV = {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
           'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
           'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
           'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX,
           'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
           'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def localeconv():
    """The numeric and monetary conventions of the current locale, as a dict."""
    conv = dict(_C_CONV)
    conv['mon_grouping'] = []
    conv['grouping'] = []
    return conv


def nl_langinfo(key):
    """One item of locale information (CODESET, RADIXCHAR, D_FMT, ...)."""
    items = {CODESET: 'UTF-8' if _current[0] != 'C' else 'ANSI_X3.4-1968', RADIXCHAR: '.',
             THOUSEP: '', D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y',
             T_FMT: '%H:%M:%S'}
    if key not in items:
        raise ValueError('unsupported langinfo constant')
    return items[key]


def strcoll(os1, os2, /):
    """Compare two strings by the locale's collation (code point order in C)."""
    if not isinstance(os1, _builtin_str) or not isinstance(os2, _builtin_str):
        bad = os2 if isinstance(os1, _builtin_str) else os1
        which = 2 if isinstance(os1, _builtin_str) else 1
        raise TypeError(f'strcoll() argument {which} must be str, not {type(bad).__name__}')
    return (os1 > os2) - (os1 < os2)


def strxfrm(string, /):
    """The string's collation key (itself in the C locale)."""
    if not isinstance(string, _builtin_str):
        raise TypeError(f'strxfrm() argument must be str, not {type(string).__name__}')
    return string


def format_string(f, val, grouping=False, monetary=False):
    """f % val, with the locale's decimal point and grouping (none in C)."""
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    """Format val as money in the current locale."""
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    """repr-like float formatting following the locale ('%.12g')."""
    return format_string('%.12g', val)


def delocalize(string):
    """Turn a locale-formatted number string into a plain one."""
    return string


def localize(string, grouping=False, monetary=False):
    """Turn a plain number string into the locale's format."""
    return string


def atof(string, func=float):
    """Convert a locale-formatted string to a float (or with func)."""
    plain = delocalize(string)
    return func(plain)


def atoi(string):
    """Convert a locale-formatted string to an int."""
    plain = delocalize(string)
    return int(plain)


_ALIASES = {'c': 'C', 'posix': 'C', 'c.utf8': 'en_US.UTF-8', 'c.utf-8': 'en_US.UTF-8',
            'en_us': 'en_US.ISO8859-1', 'en_us.utf8': 'en_US.UTF-8', 'en_us.utf-8': 'en_US.UTF-8',
            'en': 'en_US.ISO8859-1', 'utf-8': 'UTF-8', 'utf8': 'UTF-8', 'en_gb': 'en_GB.ISO8859-1',
            'en_gb.utf8': 'en_GB.UTF-8', 'de_de': 'de_DE.ISO8859-1', 'de_de.utf8': 'de_DE.UTF-8',
            'fr_fr': 'fr_FR.ISO8859-1', 'fr_fr.utf8': 'fr_FR.UTF-8'}


def normalize(localename):
    """The full locale code for a locale name (a few common aliases are known to pymm)."""
    key = localename.lower().replace('_utf8', '.utf8').replace('_utf-8', '.utf-8')
    if key in _ALIASES:
        return _ALIASES[key]
    return localename


def _parse(localename):
    full = normalize(localename)
    if '.' in full:
        lang, _, enc = full.partition('.')
        return lang, enc.partition('@')[0]
    if full == 'C':
        return None, None
    if full == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError(f'unknown locale: {localename}')


def _name_of(localetuple):
    try:
        lang, enc = localetuple
    except (ValueError, TypeError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings '
                        '-- language code, encoding.') from None
    lang = 'C' if lang is None else lang
    return lang if enc is None else f'{lang}.{enc}'


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of category's current locale."""
    if category == LC_ALL and ';' in setlocale(category):
        raise TypeError('category LC_ALL is not supported')
    return _parse(setlocale(category))


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) from the environment (deprecated in 3.11)."""
    import warnings
    warnings.warn('Use setlocale(), getencoding() and getlocale() instead',
                  category=DeprecationWarning, stacklevel=2)
    for var in envvars:
        value = _os.environ.get(var)
        if value:
            if var == 'LANGUAGE':
                value = value.split(':')[0]
            return _parse(value)
    return None, None


def getencoding():
    """The locale encoding (UTF-8 in pymm's C.UTF-8; ANSI in plain C)."""
    return 'UTF-8' if _current[0] != 'C' else 'utf-8'


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default (UTF-8 mode in a C locale: 'utf-8')."""
    return getencoding()


def resetlocale(category=LC_ALL):
    """Set category to the environment's default locale (deprecated in 3.11)."""
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead',
                  category=DeprecationWarning, stacklevel=2)
    setlocale(category, '')
`;
