import json
for s in ['', ' ', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,}', '[1,]', '[1 2]', '"abc', '"a\\x"', '"a\\u12"', '"a\x01"', '01', '1.', '-', 'nul', '[', '{1:2}', '\ufeff1', 'NaN', '-Infinity', '1e400', '[1]x', '"\\ud83d\\ude00"', '{"a" 1}', '  \n [1,\n  x]',
          '{"a": [1, 2.5, -3e2, true, false, null, "x\\n\\u00e9"], "b": {}}', '123456789012345678901234567890', '-0', '-0.0', '1E5', '"😀" x', '{"a":1,"a":2,"b":3}']:
  try: print(repr(s), repr(json.loads(s)))
  except json.JSONDecodeError as e: print(repr(s), type(e).__name__, e, e.msg, e.pos, e.lineno, e.colno)
print(json.dumps(float('nan')), json.dumps([1.0, 1e16, 1e-7, 10**30, True, None, 'é😀\x7f"\\\n\x01', (1,2)]), json.dumps('é', ensure_ascii=False))
try: json.dumps(float('nan'), allow_nan=False)
except Exception as e: print(type(e).__name__, e)
try: json.dumps({(1,2): 3})
except Exception as e: print(type(e).__name__, e)
try: json.dumps(object())
except Exception as e: print(type(e).__name__, e)
a=[]; a.append(a)
try: json.dumps(a)
except Exception as e: print(type(e).__name__, e)
print(json.dumps({'b': [1, {'c': []}], 'a': {}}, indent=2, sort_keys=True))
print(json.dumps({'b': [1, 2], 'a': 'x'}, indent='\t'))
print(json.dumps([1, [2]], indent=0))
print(json.dumps({1: 2, 1.5: 3, True: 4, None: 5, 'x': 6}))
print(json.dumps({'a': 1, 'b': [1, 2]}, separators=(',', ':')))
print(json.dumps({(1, 2): 1, 'a': 2}, skipkeys=True))
print(json.dumps({1, 2} if False else [set and 1], default=list))
print(json.dumps({'s': {3, 1, 2}}, default=sorted))
try: json.loads(5)
except Exception as e: print(type(e).__name__, e)
print(json.loads('{"a": 1, "b": [1.5]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p))
print(json.loads('[1.5, 2, NaN]', parse_float=str, parse_int=lambda s: int(s) * 10, parse_constant=lambda c: c))
print(json.loads(b'{"x": "\xc3\xa9"}'))
class P:
    def __init__(self, x, y): self.x = x; self.y = y
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, P): return [o.x, o.y]
        return super().default(o)
print(json.dumps(P(2, 1.0), cls=E), E().encode([P(0.0, 1)]), json.JSONEncoder(sort_keys=True).encode({'b':1,'a':2}))
from json import JSONDecodeError
from json.decoder import JSONDecodeError as J2
print(JSONDecodeError is J2, issubclass(JSONDecodeError, ValueError))
print(json.JSONDecoder().raw_decode('[1, 2] tail'))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W(); json.dump({'a': [1, 2]}, w); print(''.join(w.parts))
class R:
    def read(self): return '{"k": [true]}'
print(json.load(R()))
try:
    json.loads('{"a": [1, 2,, 3]}')
except ValueError as e:
    print('ValueError', e)
print(json.dumps("\u2028\ud800", ensure_ascii=True), json.dumps(["a", {"b": None}], indent=4))
try: json.dumps({'a': 1, 2: 3}, sort_keys=True)
except TypeError as e: print(e)
import gc
d = json.loads('[' * 50 + ']' * 50); del d; print(gc.collect() >= 0)
