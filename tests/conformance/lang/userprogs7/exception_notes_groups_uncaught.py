class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
e = ValidationError("age", "must be positive")
e.add_note("hint: use a number > 0")
e.add_note("second note")
def check(x):
    if x < 0:
        raise e
try:
    check(-1)
except ValidationError as err:
    print(err, err.field, err.__notes__)
eg = ExceptionGroup("many errors", [ValueError("v"), TypeError("t"), ExceptionGroup("inner", [KeyError("k")])])
try:
    raise eg
except* ValueError as g:
    print("got", repr(g))
except* KeyError as g:
    print("got keys", g.exceptions)
raise ExceptionGroup("final", [ValueError(1), ValidationError("x", "bad")])
