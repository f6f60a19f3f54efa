import argparse
import json
import io
import sys
from dataclasses import dataclass, asdict, field
from typing import Optional

@dataclass
class Item:
    sku: str
    name: str
    qty: int = 0
    price: float = 0.0
    tags: list[str] = field(default_factory=list)

    @property
    def value(self) -> float:
        return round(self.qty * self.price, 2)

class OutOfStock(Exception):
    def __init__(self, sku: str, wanted: int, have: int):
        super().__init__(sku, wanted, have)
        self.sku, self.wanted, self.have = sku, wanted, have
    def __str__(self):
        return f"{self.sku}: wanted {self.wanted}, only {self.have} left"

class Inventory:
    def __init__(self):
        self.items: dict[str, Item] = {}
    def add(self, item: Item):
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item
    def remove(self, sku: str, qty: int):
        item = self.items[sku]
        if qty > item.qty:
            raise OutOfStock(sku, qty, item.qty)
        item.qty -= qty
    def dump(self, fp):
        json.dump([asdict(i) for i in self.items.values()], fp, indent=1)
    @classmethod
    def load(cls, fp):
        inv = cls()
        for d in json.load(fp):
            inv.add(Item(**d))
        return inv
    def report(self, sort_by="sku", tag: Optional[str] = None):
        rows = [i for i in self.items.values() if tag is None or tag in i.tags]
        rows.sort(key=lambda i: (getattr(i, sort_by), i.sku), reverse=sort_by in ("qty", "value"))
        lines = [f"{'SKU':<6} {'Name':<12} {'Qty':>5} {'Price':>8} {'Value':>9}"]
        lines += [f"{i.sku:<6} {i.name:<12.12} {i.qty:>5d} {i.price:>8.2f} {i.value:>9,.2f}" for i in rows]
        lines.append(f"{'':<6} {'TOTAL':<12} {sum(i.qty for i in rows):>5d} {'':>8} {sum(i.value for i in rows):>9,.2f}")
        return "\n".join(lines)

def build_parser():
    p = argparse.ArgumentParser(prog="inv")
    p.add_argument("--store", default="main")
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add", help="add an item")
    a.add_argument("sku")
    a.add_argument("name")
    a.add_argument("--qty", type=int, default=0)
    a.add_argument("--price", type=float, default=0.0)
    a.add_argument("--tag", action="append", default=[])
    r = sub.add_parser("remove")
    r.add_argument("sku")
    r.add_argument("qty", type=int)
    rep = sub.add_parser("report")
    rep.add_argument("--sort", choices=["sku", "name", "qty", "value"], default="sku")
    rep.add_argument("--tag")
    return p

def run(inv, argv):
    args = build_parser().parse_args(argv)
    if args.cmd == "add":
        inv.add(Item(args.sku, args.name, args.qty, args.price, args.tag))
    elif args.cmd == "remove":
        inv.remove(args.sku, args.qty)
    else:
        print(inv.report(args.sort, args.tag))
    return args

inv = Inventory()
script = [
    "add A1 widget --qty 10 --price 2.5 --tag metal --tag small",
    "add B2 gadget --qty 3 --price 19.99",
    "add C3 'big thing' --qty 1 --price 1250",
    "add A1 dup",
    "remove A1 4",
    "remove B2 5",
    "remove Z9 1",
    "report",
    "report --sort value",
    "report --tag metal",
    "report --sort price",
    "frobnicate",
    "remove A1 notanumber",
]
def split(cmd):
    out, cur, quoted = [], "", False
    for ch in cmd:
        if ch == "'":
            quoted = not quoted
        elif ch == " " and not quoted:
            if cur:
                out.append(cur)
            cur = ""
        else:
            cur += ch
    return out + ([cur] if cur else [])

for line in script:
    print(f"$ {line}")
    try:
        ns = run(inv, split(line))
    except SystemExit as e:
        print(f"  (exit {e.code})")
    except OutOfStock as e:
        print(f"  out of stock: {e} {e.args}")
    except KeyError as e:
        print(f"  key error: {e}")
buf = io.StringIO()
inv.dump(buf)
print(buf.getvalue()[:120])
buf.seek(0)
inv2 = Inventory.load(buf)
print(inv2.items == inv.items, list(inv2.items), inv2.items["A1"])
