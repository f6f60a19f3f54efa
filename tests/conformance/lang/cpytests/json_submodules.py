# The json package's submodules and the corners CPython's test_json checks: json.decoder's
# scanstring, json.encoder's encode_basestring(_ascii), json.scanner's make_scanner, repeated
# keys sharing one str, the int digit limit, separators that are not str, and a default()
# that shrinks the list being encoded.
import json
import sys

print(json.decoder.JSONDecoder is json.JSONDecoder, json.encoder.JSONEncoder is json.JSONEncoder)
print(json.decoder.scanstring('"z\\ud834\\u0079x" tail', 1, True))
print(json.encoder.encode_basestring_ascii('h\u00e9 "q"\n'), json.encoder.encode_basestring('h\u00e9'))
scan = json.scanner.make_scanner(json.JSONDecoder())
print(scan('  [1, {"a": null}] rest', 2))
try:
    scan('  x', 2)
except StopIteration as e:
    print('StopIteration', e.value)
try:
    json.decoder.scanstring('"abc', 1)
except json.JSONDecodeError as e:
    print('JSONDecodeError', e, e.pos)

first, second = json.loads('[{"a_key": 1, "b_\u00e9": 2}, {"a_key": 3, "b_\u00e9": 4}]')
print([x is y for x, y in zip(first, second)], json.JSONDecoder().memo)

sys.set_int_max_str_digits(5000)
print(len(str(json.loads('7' * 5000))))
try:
    json.loads('7' * 5001)
except ValueError as e:
    print('ValueError', e)
sys.set_int_max_str_digits(0)

for seps in ((b', ', ': '), (', ', b': '), (', ', 1)):
    try:
        json.dumps({1: 2}, separators=seps)
    except TypeError as e:
        print('TypeError', e)

items = [object()] * 10


def shrink(obj):
    del items[-1]


print(json.dumps(items, default=shrink))
