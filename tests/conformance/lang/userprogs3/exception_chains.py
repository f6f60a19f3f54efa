import json

class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

class Record:
    def __init__(self, raw):
        self.raw = raw

    @property
    def age(self):
        try:
            return int(self.raw["age"])
        except (KeyError, TypeError) as e:
            raise ValidationError("age", "missing") from e
        except ValueError:
            raise ValidationError("age", f"not a number: {self.raw['age']!r}")

def load_all(rows):
    out = []
    for i, row in enumerate(rows):
        try:
            out.append(Record(json.loads(row)).age)
        except ValidationError as e:
            if e.field == "age" and i > 1:
                raise RuntimeError(f"row {i} invalid") from e
            out.append(None)
    return out

print(load_all(['{"age": 3}', '{"name": "x"}']))
try:
    load_all(['{"age": 3}', '{}', '{"age": "old"}'])
except RuntimeError as e:
    print("caught:", e, "<-", e.__cause__, "<-", repr(e.__cause__.__context__))

def level3(d):
    return d["key"]["sub"]

def level2(d):
    try:
        return level3(d)
    except KeyError:
        return {}["fallback"]

def level1():
    try:
        level2({"key": {}})
    finally:
        print("finally in level1")

level1()
