// The `timeit` module: Timer, timeit, repeat and default_timer, with CPython 3.11's
// behaviour -- statements given as text are compiled into one generated function (named
// `<timeit-src>`), callables are called, and the cyclic collector is off while timing.

/** Source of the timeit module, run in the module's namespace. */
export const TIMEIT_PY = String.raw`
'''Time small pieces of code: Timer(stmt, setup).timeit(number), or timeit()/repeat().'''
import gc
import itertools
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5
_SOURCE_NAME = '<timeit-src>'


def _indented(code, spaces):
    # Every line after the first gets the generated function's indentation.
    return code.replace('\n', '\n' + ' ' * spaces)


def _piece(name, code, local_ns):
    # How the generated function runs one argument: its text inline, or a call of the callable.
    if isinstance(code, str):
        return _indented(code, 8 if name == 'stmt' else 4), ''
    if callable(code):
        local_ns['_' + name] = code
        return '_' + name + '()', ', _' + name + '=_' + name
    raise ValueError(name + ' is neither a string nor callable')


class Timer:
    '''A statement to time, with its setup, timer function and globals.'''

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _module_globals() if globals is None else globals
        prefix = ''
        if isinstance(setup, str):
            compile(setup, _SOURCE_NAME, 'exec')
            prefix = setup + '\n'
        setup_code, setup_param = _piece('setup', setup, local_ns)
        if isinstance(stmt, str):
            # The statement must compile outside a function too (no return, no yield).
            compile(prefix + stmt, _SOURCE_NAME, 'exec')
        stmt_code, stmt_param = _piece('stmt', stmt, local_ns)
        lines = [
            '',
            'def inner(_it, _timer' + setup_param + stmt_param + '):',
            '    ' + setup_code,
            '    _t0 = _timer()',
            '    for _i in _it:',
            '        ' + stmt_code,
            '        pass',
            '    _t1 = _timer()',
            '    return _t1 - _t0',
            '',
        ]
        self.src = '\n'.join(lines)
        exec(compile(self.src, _SOURCE_NAME, 'exec'), global_ns, local_ns)
        self.inner = local_ns['inner']

    def print_exc(self, file=None):
        '''Prints the traceback of the exception being handled (to sys.stderr by default).'''
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        '''Seconds taken by number runs of the statement (setup once); gc is off meanwhile.'''
        runs = itertools.repeat(None, number)
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self.inner(runs, self.timer)
        finally:
            if was_enabled:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        '''A list of repeat timeit(number) results.'''
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        '''(number, time) for the first number in 1, 2, 5, 10, 20, 50, ... taking >= 0.2 s.'''
        scale = 1
        while True:
            for factor in (1, 2, 5):
                number = scale * factor
                taken = self.timeit(number)
                if callback is not None:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    '''Timer(stmt, setup, timer, globals).timeit(number).'''
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    '''Timer(stmt, setup, timer, globals).repeat(repeat, number).'''
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def _module_globals():
    # Text statements run in this module's namespace unless globals= is given.
    return globals()
`;
