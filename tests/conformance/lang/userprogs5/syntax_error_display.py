# SyntaxError objects built by a program print with a File/caret block; subclasses get one caret.
import sys
import traceback


class ConfigSyntaxError(SyntaxError):
    pass


def report(exc):
    print("".join(traceback.format_exception_only(type(exc), exc)), end="")


cases = [
    SyntaxError("bad token", ("config.ini", 3, 5, "key = = value\n", 3, 8)),
    SyntaxError("bad indent", ("config.ini", 4, 3, "    nested\n", 4, 9)),
    IndentationError("unexpected indent", ("cfg.py", 2, 5, "    x = 1\n", 2, 10)),
    ConfigSyntaxError("custom", ("cfg.ini", 1, 2, "abcdef", 1, 5)),
    SyntaxError("spans lines", ("m.py", 1, 3, "x = (1,\n", 2, 4)),
    SyntaxError("no text", ("m.py", 7, None, None, None, None)),
    SyntaxError("plain message"),
]
for exc in cases:
    print(repr(exc.msg), exc.filename, exc.lineno, exc.offset, exc.end_lineno, exc.end_offset, repr(exc.text))
    print(str(exc))
    report(exc)
try:
    compile("total = price * * qty", "<calc>", "exec")
except SyntaxError as exc:
    print(exc.offset, exc.end_offset, repr(exc.text))
    report(exc)
raise ConfigSyntaxError("unterminated section", ("settings.ini", 12, 1, "[database\n", 12, 10))
