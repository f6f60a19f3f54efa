import traceback
import sys

def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValueError("name is required"))
    if not isinstance(record.get("age"), int):
        errors.append(TypeError(f"age must be int, got {type(record.get('age')).__name__}"))
    try:
        record["email"].index("@")
    except KeyError as e:
        err = LookupError("email missing")
        err.add_note(f"record keys: {sorted(record)}")
        errors.append(err)
    except ValueError:
        errors.append(ValueError("email has no @"))
    if errors:
        raise ExceptionGroup(f"invalid record {record.get('name')!r}", errors)
    return True

records = [{"name": "ann", "age": 3, "email": "a@x"}, {"name": "", "age": "3"}, {"name": "bob", "age": 1, "email": "bob"}]
for r in records:
    try:
        print(validate(r))
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions], eg.message)
    except* (TypeError, LookupError) as eg:
        print("others:", repr(eg))
        for e in eg.exceptions:
            print("  ", type(e).__name__, e, getattr(e, "__notes__", None))

try:
    validate({"name": "", "age": None})
except ExceptionGroup as eg:
    traceback.print_exception(eg, file=sys.stdout)
    print(eg.split(ValueError))
    match, rest = eg.split(lambda e: isinstance(e, TypeError))
    print(match, rest)
    print(eg.subgroup(LookupError), eg.derive([ValueError("x")]))

def nested():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError("k"), ZeroDivisionError("z")])])
    except* KeyError:
        print("handled KeyError")

try:
    nested()
except BaseExceptionGroup as e:
    print(type(e).__name__, e, len(e.exceptions))
    traceback.print_exc(file=sys.stdout)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        e.add_note("while computing the ratio")
        e.add_note("second note")
        raise RuntimeError("ratio failed") from e
except RuntimeError as e:
    print("".join(traceback.format_exception(e)))

try:
    raise ExceptionGroup("eg", [ValueError("v")])
except* ValueError:
    raise TypeError("raised in except*")
