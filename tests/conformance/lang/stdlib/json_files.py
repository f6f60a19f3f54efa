import io
import json

buf = io.StringIO()
json.dump({'a': [1, 2, {'b': None}], 'c': 'd'}, buf, indent=2, sort_keys=True)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.load(io.StringIO('[1, "two", 3.0]'), parse_int=str))
for raw in [b'[1]', '[1]'.encode('utf-16'), '[1]'.encode('utf-16-le'), '{"é": 1}'.encode('utf-8-sig'), '[2]'.encode('utf-32'), bytearray(b'{"x": [true]}')]:
    print(json.loads(raw))
try:
    json.loads(None)
except TypeError as e:
    print('TypeError', e)
try:
    json.loads('\ufeff[1]')
except json.JSONDecodeError as e:
    print('JSONDecodeError', e)
print(json.__all__)
print(sorted(n for n in dir(json) if not n.startswith('_') and n in json.__all__))
print([json.detect_encoding(b) for b in [b'{}', b'\x00{', b'{\x00', b'\x00\x00\x00[', b'[\x00\x00\x00', b'[\x00]\x00', b'\xef\xbb\xbf[]', b'']])
