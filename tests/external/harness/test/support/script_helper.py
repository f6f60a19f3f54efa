"""pymm's stand-in for test.support.script_helper: no subprocesses, so these skip."""
import unittest


def assert_python_ok(*args, **env_vars):
    raise unittest.SkipTest("assert_python_ok: pymm has no subprocesses")


def assert_python_failure(*args, **env_vars):
    raise unittest.SkipTest("assert_python_failure: pymm has no subprocesses")


def make_script(script_dir, script_basename, source, omit_suffix=False):
    raise unittest.SkipTest("make_script: pymm programs have no file system")
