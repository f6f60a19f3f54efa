// The __future__ module: one record per language change that was phased in through
// `from __future__ import ...` (the compiler reads that statement itself). It follows the
// behaviour of CPython 3.11's module: the same names, releases, flags and reprs.

/** Python source of the `__future__` module, run in the module's namespace. */
export const FUTURE_PY = String.raw`
'''Record of phased-in incompatible language changes.'''


class _Feature:
    '''A language change: the release that first accepted its future import, and the one
    where it became (or will become) the only behaviour, with its compiler flag.'''

    def __init__(self, since, default_from, flag):
        self.optional = since
        self.mandatory = default_from
        self.compiler_flag = flag

    def getOptionalRelease(self):
        '''Return first release in which this feature was recognized.'''
        return self.optional

    def getMandatoryRelease(self):
        '''Return release in which this feature will become mandatory.'''
        return self.mandatory

    def __repr__(self):
        return f'_Feature{(self.optional, self.mandatory, self.compiler_flag)!r}'


# name, optional release, mandatory release, flag constant, flag value
_TABLE = (
    ('nested_scopes', (2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0), 'CO_NESTED', 0x10),
    ('generators', (2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0), 'CO_GENERATOR_ALLOWED', 0),
    ('division', (2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 'CO_FUTURE_DIVISION', 0x20000),
    ('absolute_import', (2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0), 'CO_FUTURE_ABSOLUTE_IMPORT', 0x40000),
    ('with_statement', (2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0), 'CO_FUTURE_WITH_STATEMENT', 0x80000),
    ('print_function', (2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 'CO_FUTURE_PRINT_FUNCTION', 0x100000),
    ('unicode_literals', (2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 'CO_FUTURE_UNICODE_LITERALS', 0x200000),
    ('barry_as_FLUFL', (3, 1, 0, 'alpha', 2), (4, 0, 0, 'alpha', 0), 'CO_FUTURE_BARRY_AS_BDFL', 0x400000),
    ('generator_stop', (3, 5, 0, 'beta', 1), (3, 7, 0, 'alpha', 0), 'CO_FUTURE_GENERATOR_STOP', 0x800000),
    ('annotations', (3, 7, 0, 'beta', 1), None, 'CO_FUTURE_ANNOTATIONS', 0x1000000),
)

all_feature_names = [row[0] for row in _TABLE]
__all__ = ['all_feature_names'] + all_feature_names

for _name, _since, _default_from, _flag_name, _flag in _TABLE:
    globals()[_flag_name] = _flag
    globals()[_name] = _Feature(_since, _default_from, _flag)
del _TABLE, _name, _since, _default_from, _flag_name, _flag
`;
