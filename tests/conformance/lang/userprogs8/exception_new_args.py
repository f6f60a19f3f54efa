# Custom exceptions as users write them: some call super().__init__, some do not, some
# override __new__; BaseException.__new__ stores the arguments in args either way.
class ValidationError(Exception):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem

class HttpError(Exception):
    def __new__(cls, status, *rest):
        if status >= 500:
            cls = ServerError
        self = super().__new__(cls, status, *rest)
        self.status = status
        return self
    def __str__(self):
        return f"HTTP {self.status}: {self.args[1:] or 'no detail'}"

class ServerError(HttpError):
    pass

class Registry(Exception):
    instances = 0
    def __new__(cls, *args, **kwargs):
        Registry.instances += 1
        return Exception.__new__(cls, *args)
    def __init__(self, *args, **kwargs):
        super().__init__(*args)
        self.kwargs = kwargs

for exc in (ValidationError("age", "negative"), HttpError(404, "not found"), HttpError(503), Registry("x", level=2)):
    print(type(exc).__name__, repr(exc), str(exc), exc.args)
print(Registry.instances, Registry("y", a=1).kwargs)

raw = Exception.__new__(Exception, "made", "raw")
print(raw.args, repr(raw))
raw.__init__("re-init")
print(raw.args)
print(ValueError.__new__(ValueError, 1, 2).args, KeyError.__new__(KeyError, "k").args)
print(type(OSError.__new__(OSError, 2, "No such file")).__name__)
for bad in (lambda: BaseException.__new__(), lambda: BaseException.__new__(5), lambda: BaseException.__new__(int)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

def check_age(age):
    if age < 0:
        raise ValidationError("age", f"{age} is negative")
    return age

results = []
for value in (30, -4, 12):
    try:
        results.append(check_age(value))
    except ValidationError as e:
        print(f"invalid {e.field}: {e.problem} (args={e.args})")
print(results)
try:
    raise HttpError(500, "boom")
except ServerError as e:
    print("caught as ServerError:", e, isinstance(e, HttpError))
raise ValidationError("name", "empty")
