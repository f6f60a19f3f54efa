"""pymm's stand-in for test.support.os_helper, on pymm's in-memory file system."""
import contextlib
import os
import shutil
import tempfile

TESTFN = TESTFN_ASCII = '@test_pymm_tmp'


def unlink(filename):
    try:
        os.unlink(filename)
    except FileNotFoundError:
        pass


def rmtree(path):
    """Removes a directory tree; a missing one is not an error."""
    try:
        shutil.rmtree(path)
    except FileNotFoundError:
        pass


def rmdir(dirname):
    try:
        os.rmdir(dirname)
    except FileNotFoundError:
        pass


class temp_dir:
    """A fresh directory (or `path`, created) removed on exit."""

    def __init__(self, path=None, quiet=False):
        self.path = path

    def __enter__(self):
        if self.path is None:
            self.path = tempfile.mkdtemp()
        else:
            os.mkdir(self.path)
        return self.path

    def __exit__(self, *exc):
        shutil.rmtree(self.path, ignore_errors=True)
        return False

@contextlib.contextmanager
def temp_cwd(name='tempcwd', quiet=False):
    """A fresh temporary directory made the current one for the block."""
    with temp_dir() as path:
        saved = os.getcwd()
        os.chdir(path)
        try:
            yield path
        finally:
            os.chdir(saved)


# A non-ASCII character the file system encoding (UTF-8) can encode.
FS_NONASCII = '\xe6'


class EnvironmentVarGuard(dict):
    """Changes to os.environ made through it are undone on exit (a context manager)."""

    def __init__(self):
        super().__init__()
        self._environ = os.environ
        self._changed = {}

    def __getitem__(self, envvar):
        return self._environ[envvar]

    def __setitem__(self, envvar, value):
        if envvar not in self._changed:
            self._changed[envvar] = self._environ.get(envvar)
        self._environ[envvar] = value

    def __delitem__(self, envvar):
        if envvar not in self._changed:
            self._changed[envvar] = self._environ.get(envvar)
        if envvar in self._environ:
            del self._environ[envvar]

    def set(self, envvar, value):
        self[envvar] = value

    def unset(self, envvar):
        del self[envvar]

    def __enter__(self):
        return self

    def __exit__(self, *ignore_exc):
        for (k, v) in self._changed.items():
            if v is None:
                if k in self._environ:
                    del self._environ[k]
            else:
                self._environ[k] = v
