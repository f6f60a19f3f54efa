import traceback, sys, io

def parse(text):
    return int(text)

def load(rows):
    out = []
    for r in rows:
        try:
            out.append(parse(r))
        except ValueError as e:
            raise RuntimeError(f"bad row {r!r}") from e
    return out

try:
    load(["1", "x"])
except RuntimeError as exc:
    te = traceback.TracebackException.from_exception(exc)
    print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__, str(te.__cause__), te.__suppress_context__)
    print(len(te.stack), [f.name for f in te.stack], [f.name for f in te.__cause__.stack])
    print("".join(te.format_exception_only()), end="")
    lines = list(te.format())
    print(len(lines))
    print("".join(lines).replace(__file__, "FILE"), end="")
    print("--- no chain ---")
    print("".join(te.format(chain=False)).replace(__file__, "FILE"), end="")
    buf = io.StringIO()
    te.print(file=buf)
    print(buf.getvalue() == "".join(lines))
try:
    {}["missing"]
except KeyError as e:
    e.add_note("while looking up config")
    te = traceback.TracebackException(type(e), e, e.__traceback__)
    print("".join(te.format_exception_only()), end="")
    print(te.__notes__, te.__context__, te == traceback.TracebackException.from_exception(e))
try:
    compile("x = (1,", "<cfg>", "exec")
except SyntaxError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, te.lineno, te.offset, te.msg, repr(te.text))
    print("".join(te.format_exception_only()), end="")
try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b")])
except ExceptionGroup as eg:
    te = traceback.TracebackException.from_exception(eg)
    print([str(x) for x in te.exceptions], [x.exc_type.__name__ for x in te.exceptions])
def fail():
    raise ValueError("final")
try:
    fail()
except ValueError as e:
    traceback.TracebackException.from_exception(e, limit=1).print(file=sys.stdout)
