import json
class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f'{field}: {msg}')
        self.field = field
def load(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise ValidationError('body', 'not json') from e
def check(d):
    for k in ('name', 'age'):
        if k not in d:
            raise KeyError(k)
    return d['age'] / d.get('count', 0)
print(load('{"a": 1}'))
try:
    load('{bad')
except ValidationError as e:
    print('caught', e, e.field, type(e.__cause__).__name__, e.__cause__)
records = [{'name': 'a', 'age': 3, 'count': 1}, {'name': 'b', 'age': 4}]
for r in records:
    print(check(r))
