"""pymm's stand-in for test.support.os_helper, on pymm's in-memory file system."""
import contextlib
import os
import shutil
import tempfile

TESTFN = '@test_pymm_tmp'


def unlink(filename):
    try:
        os.unlink(filename)
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
