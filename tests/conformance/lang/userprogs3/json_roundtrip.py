import json
from dataclasses import dataclass, asdict, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

@dataclass
class Item:
    name: str
    price: Decimal
    added: date
    color: Color = Color.RED

def default(o):
    if is_dataclass(o):
        return asdict(o)
    if isinstance(o, (date, datetime)):
        return o.isoformat()
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, Enum):
        return o.name
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")

data = {
    "store": "corner shop",
    "open": True,
    "rating": 4.5,
    "tags": {"food", "drinks"},
    "items": [Item("tea", Decimal("2.50"), date(2024, 1, 5)), Item("cake", Decimal("3.75"), date(2024, 2, 1), Color.GREEN)],
    "owner": None,
    "zip": 90210,
    "nested": {"b": [1, 2, {"c": []}], "a": {}},
    "unicode": "caf\u00e9 \u2603 \U0001F600",
}
text = json.dumps(data, default=default, indent=2, sort_keys=True)
print(text)
print(json.dumps(data, default=default, separators=(",", ":"), ensure_ascii=False)[:120])
print(json.dumps([1, 2.0, -0.0, 1e100, float("inf"), float("nan"), True, None]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({"x": object()})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps({"a": 1}, skipkeys=True, indent="\t"))
back = json.loads(text)
print(type(back), sorted(back), back["items"][1], back["tags"])
print(json.loads('{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e-3}}'))
print(json.loads("[1, 2]", object_hook=None), json.loads('{"k": 1.10}', parse_float=Decimal))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "a": 2}'), json.loads('"\\u00e9\\n"'), json.loads(" 42 "), json.loads("NaN"))
print(json.loads('[{"b": 1, "a": 2}]', object_pairs_hook=list))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", '{"a" 1}', "[1] x", '"abc']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:>12}: {e.msg} | line {e.lineno} col {e.colno} pos {e.pos} | {e}")
class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)
print(json.dumps({"z": 1 + 2j}, cls=Encoder), Encoder(sort_keys=True).encode({"b": 1, "a": [3j]}))
try:
    Encoder().encode({"s": {1, 2}})
except TypeError as e:
    print(e)
round_trip = json.loads(json.dumps(data, default=default))
print(round_trip == json.loads(json.dumps(round_trip)), json.dumps("\x00\x1f\"\\/"))
print(json.dumps([[]], indent=0), json.dumps({}, indent=4), json.dumps([1, [2, [3]]], indent=1))
