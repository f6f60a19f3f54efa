"""A program that installs sys.excepthook to log uncaught errors its own way."""
import sys
import traceback


def log_uncaught(exc_type, exc, tb):
    frames = traceback.extract_tb(tb)
    print(f"[fatal] {exc_type.__name__}: {exc}", file=sys.stderr)
    for f in frames:
        print(f"  at {f.name} line {f.lineno}: {f.line}", file=sys.stderr)
    print("exit hook ran", sys.excepthook is log_uncaught, sys.__excepthook__ is not log_uncaught)


sys.excepthook = log_uncaught


def load(path):
    raise FileNotFoundError(2, "No such file or directory", path)


def main():
    print("starting")
    load("settings.ini")


main()
