import json
from datetime import date, datetime
from decimal import Decimal
from dataclasses import dataclass, asdict
from collections import OrderedDict, namedtuple

@dataclass
class Book:
    title: str
    year: int
    tags: list

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (date, datetime)):
            return {"__date__": o.isoformat()}
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, set):
            return sorted(o)
        if hasattr(o, "__dataclass_fields__"):
            return asdict(o)
        return super().default(o)

def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d

data = {
    "name": "Library", "opened": date(1999, 5, 1), "fee": Decimal("2.50"),
    "books": [Book("Dune", 1965, ["sf"]), Book("Emma", 1815, [])],
    "ids": {3, 1, 2}, "nested": {"a": [1, 2.5, None, True, False], "b": {}}, "empty": [],
    "unicode": "café ☕", "esc": "quote\" backslash\\ tab\t nl\n",
}
s = json.dumps(data, cls=Encoder, indent=2, sort_keys=True)
print(s)
back = json.loads(s, object_hook=hook)
print(back["opened"], type(back["opened"]).__name__, back["fee"], back["ids"])
print(json.dumps(data, cls=Encoder, ensure_ascii=False, separators=(",", ":"))[:120])
print(json.dumps([1, [2, [3, {}]]], indent="\t"))
print(json.dumps({"b": 1, "a": [1, 2]}, indent=0))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(-0.0), json.dumps(1e100), json.dumps(0.1 + 0.2))
print(json.dumps("\u2028\x00\x1f"), json.dumps("é", ensure_ascii=True))
P = namedtuple("P", "x y")
print(json.dumps(P(1, 2)), json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps((1, 2)))
try:
    json.dumps({"d": date(2020, 1, 1)})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError:", e)
bad_docs = ['{"a": 1,}', "[1, 2", '{"a" 1}', "", "nul", '"unterminated', "[1] x", "{'a': 1}", "01", '{"a": NaN}', "[-]", '"\\x"']
for doc in bad_docs:
    try:
        print(repr(doc), "->", json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", type(e).__name__, e, (e.pos, e.lineno, e.colno))
print(json.loads('{"a": 1, "a": 2}'), json.loads("[1.0, 1e5, -0, 12345678901234567890]"), json.loads('"\\ud83d\\ude00"'))
print(json.loads('{"x": 1.5}', parse_float=Decimal), json.loads("[1, 2]", parse_int=str), json.loads("[NaN, Infinity]"))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads(b'{"bytes": true}'))
print(json.loads("  \n[1,\n 2]\n "))
def pretty(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)) and v:
                print(f"{pad}{k}:")
                pretty(v, indent + 1)
            else:
                print(f"{pad}{k}: {v!r}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            if isinstance(v, (dict, list)) and v:
                print(f"{pad}- [{i}]")
                pretty(v, indent + 1)
            else:
                print(f"{pad}- {v!r}")
pretty(json.loads(s))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), json.JSONEncoder(indent=1).encode({"k": [1]}))
try:
    json.loads("[1, 2, oops]")
except ValueError as e:
    print(type(e).__name__, e)
