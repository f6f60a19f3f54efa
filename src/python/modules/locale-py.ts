// The `locale` module as a pymm program sees it: the process runs in the C.UTF-8 locale
// (what python3 reports under LANG=C.UTF-8), LC_CTYPE is C.UTF-8 and every other category
// C. setlocale accepts the C and POSIX locales (and C.UTF-8); any other name is
// "unsupported locale setting", as for a locale the system does not have. Conversions and
// formatting follow the C locale's conventions ('.' decimal point, no grouping).

/** Source of the locale module, run in the module's namespace. */
export const LOCALE_PY = String.raw`
'''Locale services for a pymm program: the C.UTF-8 locale (C conventions, UTF-8 text).'''

import sys as _sys

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error', 'setlocale',
           'localeconv', 'strcoll', 'strxfrm', 'str', 'atof', 'atoi', 'format_string',
           'currency', 'LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY', 'LC_NUMERIC',
           'LC_ALL', 'CHAR_MAX', 'getencoding', 'LC_MESSAGES']

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127


class Error(Exception):
    pass


_builtin_str = str

# glibc's order of the categories in a composite LC_ALL name.
_ALL_NAMES = ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES',
              'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT',
              'LC_IDENTIFICATION')
_CATEGORY_OF = {0: 'LC_CTYPE', 1: 'LC_NUMERIC', 2: 'LC_TIME', 3: 'LC_COLLATE',
                4: 'LC_MONETARY', 5: 'LC_MESSAGES'}
# The environment's locale (LANG=C.UTF-8) and the names setlocale knows, by spelling.
_ENVIRONMENT = 'C.UTF-8'
_KNOWN = {'C': 'C', 'POSIX': 'C', 'C.UTF-8': 'C.UTF-8', 'C.utf8': 'C.UTF-8'}
_current = {name: 'C' for name in _ALL_NAMES}
_current['LC_CTYPE'] = _ENVIRONMENT


def _query_all():
    names = [_current[name] for name in _ALL_NAMES]
    if all(v == names[0] for v in names):
        return names[0]
    return ';'.join('%s=%s' % pair for pair in zip(_ALL_NAMES, names))


def _resolve(name):
    if name == '':
        return _ENVIRONMENT
    if name in _KNOWN:
        return _KNOWN[name]
    raise Error('unsupported locale setting')


def _as_name(locale):
    if locale is None or isinstance(locale, _builtin_str):
        return locale
    try:
        code, encoding = locale
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- '
                        'language code, encoding.') from None
    if code is None:
        return 'C'
    return code if encoding is None else code + '.' + encoding


def setlocale(category, locale=None):
    '''Sets the locale of a category (LC_ALL: all of them); returns its (new) name.'''
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(category).__name__)
    if category != LC_ALL and category not in _CATEGORY_OF:
        raise Error('unsupported locale setting')
    name = _as_name(locale)
    if name is not None:
        resolved = _resolve(name)
        if category == LC_ALL:
            for key in _ALL_NAMES:
                _current[key] = resolved
        else:
            _current[_CATEGORY_OF[category]] = resolved
    return _query_all() if category == LC_ALL else _current[_CATEGORY_OF[category]]


def _parse(name):
    # (language code, encoding) of a locale name; C.UTF-8 is the en_US.UTF-8 alias.
    if name in ('C', 'POSIX'):
        return None, None
    if name == 'C.UTF-8':
        return 'en_US', 'UTF-8'
    code, _, encoding = name.partition('.')
    return code, encoding or None


def getlocale(category=LC_CTYPE):
    '''(language code, encoding) of the category's locale; (None, None) for C.'''
    if category == LC_ALL:
        name = _query_all()
        if ';' in name:
            raise TypeError('category LC_ALL is not supported')
        return _parse(name)
    return _parse(setlocale(category))


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    '''(language code, encoding) of the environment's locale (deprecated since 3.11).'''
    import warnings
    warnings.warn('Use setlocale(), getencoding() and getlocale() instead',
                  DeprecationWarning, stacklevel=2)
    return _parse(_ENVIRONMENT)


def getencoding():
    '''The locale encoding: UTF-8.'''
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    '''The encoding text files use by default: UTF-8.'''
    return 'UTF-8'


def localeconv():
    '''The C locale's numeric and monetary conventions.'''
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX, 'decimal_point': '.',
            'thousands_sep': '', 'grouping': []}


def strcoll(os1, os2, /):
    '''Compares two strings by code point (the C locale's collation).'''
    for s in (os1, os2):
        if not isinstance(s, _builtin_str):
            raise TypeError('strcoll() argument must be str, not %s' % type(s).__name__)
    return (os1 > os2) - (os1 < os2)


def strxfrm(string, /):
    '''The string itself: the C locale's collation key.'''
    if not isinstance(string, _builtin_str):
        raise TypeError('strxfrm() argument must be str, not %s' % type(string).__name__)
    return string


def format_string(f, val, grouping=False, monetary=False):
    '''f % val with the locale's decimal point and grouping (the C locale has none).'''
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    '''Formats a monetary value: the C locale has no currency conventions.'''
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    '''The float formatted as %.12g.'''
    return format_string('%.12g', val)


def delocalize(string):
    '''The numeric string in the C locale's notation (already so).'''
    return string


def localize(string, grouping=False, monetary=False):
    '''The numeric string in the locale's notation (the C locale's: unchanged).'''
    return string


def atof(string, func=float):
    '''Parses a number written with the locale's conventions.'''
    return func(delocalize(string))


def atoi(string):
    '''Parses an integer written with the locale's conventions.'''
    return int(delocalize(string))
`;
