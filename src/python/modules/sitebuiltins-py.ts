// `_sitebuiltins`: the names CPython's site module adds to builtins — exit and
// quit (they raise SystemExit), copyright, credits and license (texts shown by their repr or
// a call) and help (pydoc's text help, see pydoc-py.ts). python3 imports it at start-up;
// pymm on the first lookup of one of those names (lazyBuiltin in vm/exceptiongroups.ts).

/** Source of the _sitebuiltins module, run in the module's namespace. */
export const SITEBUILTINS_PY = String.raw`
'''The builtins the site module installs: exit, quit, copyright, credits, license, help.'''

import sys


class Quitter(object):
    '''exit and quit: calling one ends the program with SystemExit(code).'''

    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)

    def __call__(self, code=None):
        # stdin is closed first, as CPython does for a parent reading it.
        try:
            sys.stdin.close()
        except Exception:
            pass
        raise SystemExit(code)


class _Printer(object):
    '''copyright, credits, license: a text shown whole by repr(), or a pointer to call it.'''

    MAXLINES = 23

    def __init__(self, name, data, long=False):
        self.__name = name
        self.__data = data
        self.__long = long

    def __lines(self):
        return self.__data.split('\n')

    def __repr__(self):
        lines = self.__lines()
        if not self.__long and len(lines) <= self.MAXLINES:
            return '\n'.join(lines)
        return 'Type %s() to see the full %s text' % (self.__name, self.__name)

    def __call__(self):
        print('\n'.join(self.__lines()))


class _Helper(object):
    '''help: help(object) prints pydoc's text help about it.'''

    def __repr__(self):
        return ('Type help() for interactive help, '
                'or help(object) for help about object.')

    def __call__(self, *args, **kwds):
        import pydoc
        return pydoc.help(*args, **kwds)


def _install(builtins):
    builtins.exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
    builtins.quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
    builtins.copyright = _Printer('copyright', sys.copyright)
    builtins.credits = _Printer('credits', '    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n'
                                           '    for supporting Python development.  See www.python.org for more information.')
    # The license text is not shipped: a call prints where it is, as CPython without the file.
    builtins.license = _Printer('license', 'See https://www.python.org/psf/license/', long=True)
    builtins.help = _Helper()
`;
