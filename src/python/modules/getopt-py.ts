// getopt: Unix-style command-line option parsing (getopt, gnu_getopt, GetoptError). It
// follows the behaviour of CPython 3.11's module, messages included.

/** The Python source of the getopt module. */
export const GETOPT_PY = String.raw`
"""Parse command-line options the way C's getopt() does (plus GNU-style long options)."""

import os

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']


class GetoptError(Exception):
    """A bad option; .msg says what, .opt names the option (without dashes)."""
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg, self.opt = msg, opt
        super().__init__(msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_list(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def long_has_args(opt, longopts):
    """(takes an argument, full name) for the long option opt, which may be a unique prefix."""
    matches = [name for name in longopts if name.startswith(opt)]
    if not matches:
        raise GetoptError(f'option --{opt} not recognized', opt)
    if opt in matches:
        return False, opt
    if opt + '=' in matches:
        return True, opt
    if len(matches) != 1:
        raise GetoptError(f'option --{opt} not a unique prefix', opt)
    full = matches[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def do_longs(opts, opt, longopts, args):
    """Handle one '--name[=value]' word; returns (opts, remaining args)."""
    name, eq, value = opt.partition('=')
    if not eq:
        value = None
    wants_value, name = long_has_args(name, longopts)
    if wants_value and value is None:
        if not args:
            raise GetoptError(f'option --{name} requires argument', name)
        value = args[0]
        args = args[1:]
    elif not wants_value and value is not None:
        raise GetoptError(f'option --{name} must not have an argument', name)
    opts.append(('--' + name, value or ''))
    return opts, args


def short_has_arg(opt, shortopts):
    """Whether the short option letter opt takes an argument (a ':' follows it)."""
    for at, letter in enumerate(shortopts):
        if letter == opt and letter != ':':
            return shortopts[at + 1:at + 2] == ':'
    raise GetoptError(f'option -{opt} not recognized', opt)


def do_shorts(opts, optstring, shortopts, args):
    """Handle one '-abc' word of clustered short options; returns (opts, remaining args)."""
    at = 0
    while at < len(optstring):
        letter = optstring[at]
        at += 1
        if not short_has_arg(letter, shortopts):
            opts.append(('-' + letter, ''))
            continue
        value = optstring[at:]
        at = len(optstring)
        if not value:
            if not args:
                raise GetoptError(f'option -{letter} requires argument', letter)
            value, args = args[0], args[1:]
        opts.append(('-' + letter, value))
    return opts, args


def _one_option(opts, word, shortopts, longopts, rest):
    if word.startswith('--'):
        return do_longs(opts, word[2:], longopts, rest)
    return do_shorts(opts, word[1:], shortopts, rest)


def getopt(args, shortopts, longopts=[]):
    """Parse args against shortopts ('a:b') and longopts (['name=', 'flag']); returns
    (option pairs, remaining args). Options end at the first non-option argument or '--'."""
    opts = []
    longopts = _long_list(longopts)
    while args and args[0] != '-' and args[0].startswith('-'):
        if args[0] == '--':
            return opts, args[1:]
        opts, args = _one_option(opts, args[0], shortopts, longopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options and other arguments may be mixed (GNU style), unless
    shortopts starts with '+' or POSIXLY_CORRECT is set."""
    opts = []
    others = []
    longopts = _long_list(longopts)
    stop_at_first = shortopts[:1] == '+' or bool(os.environ.get('POSIXLY_CORRECT'))
    shortopts = shortopts.removeprefix('+')
    while args:
        word = args[0]
        if word == '--':
            others.extend(args[1:])
            break
        if word.startswith('-') and word != '-':
            opts, args = _one_option(opts, word, shortopts, longopts, args[1:])
        elif stop_at_first:
            others.extend(args)
            break
        else:
            others.append(word)
            args = args[1:]
    return opts, others
`;
