import json

data = {'name': 'pymm', 'n': [1, 2.5, -0.0, 1e100, None, True], 'nested': {'z': [], 'a': {}, 'm': [[]]}, 'u': 'é\u2028😀'}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=3))
print(json.dumps(data, indent=2, separators=(', ', ' = '), ensure_ascii=False))
print(json.dumps(data, separators=(',', ':'), sort_keys=True))
print(json.dumps([[], {}, [{}], {'a': []}], indent=4))
print(json.dumps('plain'), json.dumps(3), json.dumps(None), json.dumps(2.0), json.dumps(-1e-300))
print(json.dumps({'k': 1}, indent=''))
print(repr(json.dumps([1, 2], indent=None)), repr(json.dumps([1, 2], indent=1)))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def enc(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    raise TypeError(f'cannot encode {type(o).__name__}')

print(json.dumps([Point(1, 2), Point(3, [4])], default=enc))
try:
    json.dumps([Point(1, 2), 1j], default=enc)
except TypeError as e:
    print('TypeError', e)

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)

print(json.dumps({'p': Point(5, 6)}, cls=PointEncoder), PointEncoder(indent=1).encode([Point(0, 0)]))
try:
    PointEncoder().encode({1j})
except TypeError as e:
    print('TypeError', e)
e = json.JSONEncoder(sort_keys=True, separators=(';', '='))
print(e.encode({'b': 1, 'a': 2}), e.item_separator, e.key_separator, e.sort_keys, e.indent, e.skipkeys)
print(''.join(e.iterencode({'x': [1, 2]})))
print(json.JSONEncoder(indent=2).item_separator + '|', json.JSONEncoder().key_separator + '|')

# decoding errors, position and message
for bad in ['[1, 2', '{"a": }', '[1,,2]', 'tru', '"\\q"', '{"a":1}}', '\n\n  [\n 1 2]', '', '[-]', '1.5e', '"abc\ndef"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as err:
        print(repr(bad), '->', err, '|', err.msg, err.pos, err.lineno, err.colno, err.doc == bad)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__module__, json.JSONDecoder.__module__)
err = json.JSONDecodeError('Boom', 'ab\ncd', 4)
print(err, err.args, err.lineno, err.colno)
print(json.loads('"a\tb"', strict=False), json.JSONDecoder(strict=False).decode('["\\n\t"]'))
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] tail'), d.raw_decode('  {"a": 1}', 2))
try:
    d.raw_decode('  {"a": 1}')
except json.JSONDecodeError as err:
    print(err)
from collections import OrderedDict
print(json.loads('{"b": 1, "a": [1.25, 3]}', object_pairs_hook=OrderedDict))
