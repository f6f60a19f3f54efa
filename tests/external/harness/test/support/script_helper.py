"""pymm's stand-in for test.support.script_helper: no subprocesses, so running a script skips."""
import unittest


def assert_python_ok(*args, **env_vars):
    raise unittest.SkipTest("assert_python_ok: pymm has no subprocesses")


def assert_python_failure(*args, **env_vars):
    raise unittest.SkipTest("assert_python_failure: pymm has no subprocesses")


def make_script(script_dir, script_basename, source, omit_suffix=False):
    """Writes `source` to SCRIPT_DIR/BASENAME.py (pymm's in-memory file system); its path."""
    import os
    name = script_basename + ('' if omit_suffix else '.py')
    path = os.path.join(script_dir, name)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(source)
    return path


def interpreter_requires_environment():
    """Whether running a child interpreter needs the environment: pymm starts none, so False."""
    return False
