def validate(age):
    if age < 0:
        raise ValueError(f"age must be non-negative, got {age}")
    return age
class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = validate(age)
def load(rows):
    people = []
    for row in rows:
        try:
            people.append(Person(*row))
        except ValueError as exc:
            raise RuntimeError(f"bad row {row!r}") from exc
    return people
def main():
    try:
        load([("a", 1), ("b", -1)])
    finally:
        print("done loading")
main()
