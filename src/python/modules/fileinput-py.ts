// The `fileinput` module: iterate over the lines of the files named on the command line (or
// standard input, '-'), one after another, with filename()/lineno()/filelineno() bookkeeping,
// as CPython 3.11's module does (in-place editing included). Written for pymm.

/** Python source of the fileinput module, run in the module's namespace. */
export const FILEINPUT_PY = String.raw`
'''Loop over the lines of several input files (or standard input) as one stream.'''
import sys
import os

__all__ = ['input', 'close', 'nextfile', 'filename', 'lineno', 'filelineno', 'fileno',
           'isfirstline', 'isstdin', 'FileInput', 'hook_compressed', 'hook_encoded']

_state = None


def input(files=None, inplace=False, backup='', *, mode='r', openhook=None, encoding=None,
          errors=None):
    '''A FileInput over files, which the module-level functions then describe.'''
    global _state
    if _state is not None and _state._file:
        raise RuntimeError('input() already active')
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook, encoding=encoding,
                       errors=errors)
    return _state


def _active():
    if not _state:
        raise RuntimeError('no active input()')
    return _state


def close():
    '''Closes the active input.'''
    global _state
    state, _state = _state, None
    if state:
        state.close()


def nextfile():
    return _active().nextfile()


def filename():
    return _active().filename()


def lineno():
    return _active().lineno()


def filelineno():
    return _active().filelineno()


def fileno():
    return _active().fileno()


def isfirstline():
    return _active().isfirstline()


def isstdin():
    return _active().isstdin()


class FileInput:
    '''The lines of each file in turn; '-' (or no files at all) means standard input.'''

    def __init__(self, files=None, inplace=False, backup='', *, mode='r', openhook=None,
                 encoding=None, errors=None):
        if isinstance(files, (str, os.PathLike)):
            files = (os.fspath(files),)
        else:
            if files is None:
                files = sys.argv[1:]
            files = tuple(files) if files else ('-',)
        self._files = files
        self._inplace = inplace
        self._backup = backup
        if mode != 'r' and mode != 'rb':
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")  # (3.11's text)
        if inplace and openhook:
            raise ValueError('FileInput cannot use an opening hook in inplace mode')
        if openhook and not callable(openhook):
            raise ValueError('FileInput openhook must be callable')
        self._mode = mode
        self._openhook, self._encoding, self._errors = openhook, encoding, errors
        self._filename = None
        self._file = None
        self._isstdin = False
        self._lineno = 0
        self._filelineno = 0
        self._startlineno = 0
        self._output = self._saved_stdout = None

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._files = ()

    def __enter__(self):
        return self

    def __exit__(self, *exc):  # fileinput
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            line = self._readline()
            if line:
                self._lineno += 1
                self._filelineno += 1
                return line
            if not self._file:
                raise StopIteration
            self.nextfile()

    def _readline(self):
        if not self._file:
            if not self._files:
                return '' if 'b' not in self._mode else b''
            self._open_next()
        return self._file.readline()

    def _open_next(self):
        self._filename, self._files = self._files[0], self._files[1:]
        self._startlineno = self._lineno
        self._filelineno = 0
        self._isstdin = False
        if self._filename == '-':  # standard input
            self._filename = '<stdin>'  # as CPython names it
            self._file = sys.stdin.buffer if 'b' in self._mode else sys.stdin
            self._isstdin = True
            return
        extra = {} if 'b' in self._mode else {'encoding': self._encoding, 'errors': self._errors}
        if self._inplace:
            backup = self._filename + (self._backup or '.bak')
            if os.path.exists(backup):
                os.remove(backup)
            os.rename(self._filename, backup)
            self._file = open(backup, self._mode, **extra)
            self._output = open(self._filename, 'w' if 'b' not in self._mode else 'wb', **extra)
            self._saved_stdout, sys.stdout = sys.stdout, self._output
            self._backup_name = backup
        elif self._openhook:
            self._file = self._openhook(self._filename, self._mode, **({} if not self._encoding else extra))
        else:
            self._file = open(self._filename, self._mode, **extra)

    def nextfile(self):
        '''Closes the current file; iteration goes on with the next one.'''
        saved, self._saved_stdout = self._saved_stdout, None
        if saved:
            sys.stdout = saved
        output, self._output = self._output, None
        if output:
            output.close()
        file, self._file = self._file, None
        if file is not None and not self._isstdin:
            file.close()
        if self._inplace and getattr(self, '_backup_name', None) and not self._backup:
            try:
                os.remove(self._backup_name)
            except OSError:
                pass
            self._backup_name = None
        self._isstdin = False

    def readline(self):
        try:
            return self.__next__()
        except StopIteration:
            return '' if 'b' not in self._mode else b''

    def filename(self):
        return self._filename

    def lineno(self):
        return self._lineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if self._file:
            try:
                return self._file.fileno()  # may raise ValueError
            except ValueError:
                return -1
        return -1

    def isfirstline(self):
        return 1 == self._filelineno

    def isstdin(self):
        return self._isstdin


def hook_compressed(filename, mode, *, encoding=None, errors=None):  # Opens filename (compressed files are not supported in pymm).
    return open(filename, mode, encoding=encoding, errors=errors)


def hook_encoded(encoding, errors=None):  # An openhook that opens files with encoding and errors.
    def openhook(path, mode):
        return open(path, mode, encoding=encoding, errors=errors)
    return openhook
`;
