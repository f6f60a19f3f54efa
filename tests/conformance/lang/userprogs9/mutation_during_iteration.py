# What happens when a program changes a container while looping over it
from collections import OrderedDict, deque

def attempt(label, func):
    try:
        result = func()
        print(f"{label:<34} ok: {result!r}")
    except RuntimeError as e:
        print(f"{label:<34} RuntimeError: {e}")

def grow_dict():
    d = {"a": 1, "b": 2}
    for k in d:
        d[k * 2] = 0
def swap_keys():
    stock = {"apple": 3, "pear": 0, "plum": 5}
    for name in stock:
        if stock[name] == 0:
            del stock[name]
            stock["fig"] = 1
    return stock
def swap_keys_items():
    d = {1: "x", 2: "y"}
    for k, v in d.items():
        d.pop(k)
        d[k + 10] = v
def update_values():
    prices = {"tea": 2.0, "cake": 3.5}
    for item in prices:
        prices[item] *= 1.1
    return {k: round(v, 2) for k, v in prices.items()}
def grow_set():
    seen = {1, 2, 3}
    for x in seen:
        seen.add(x * 10)
def shrink_set_same_size():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
        s.add(x + 100)
    return sorted(s)
def grow_deque():
    q = deque([1, 2, 3])
    for x in q:
        q.append(x)
def rotate_deque():
    q = deque("abc")
    for x in q:
        q.rotate(1)
def remove_evens():
    nums = [1, 2, 4, 5, 6, 8, 9]
    for n in nums:
        if n % 2 == 0:
            nums.remove(n)
    return nums
def append_while_looping():
    todo = ["a"]
    for job in todo:
        if len(todo) < 4:
            todo.append(job + "+")
    return todo
def odict_add():
    od = OrderedDict(first=1, second=2)
    for k in od:
        od["third"] = 3
def odict_move():
    od = OrderedDict(a=1, b=2, c=3)
    for k in od:
        od.move_to_end(k)
def odict_reassign():
    od = OrderedDict(a=1, b=2)
    for k in od:
        od[k] += 10
    return od
def odict_values_pop():
    od = OrderedDict(a=1, b=2)
    for v in od.values():
        od.popitem()
def keys_view_clear():
    d = dict.fromkeys("xyz", 0)
    for k in d.keys():
        d.clear()
def safe_copy():
    d = {"a": 1, "b": 2, "c": 3}
    for k in list(d):
        if d[k] % 2:
            del d[k]
    return d

for name, f in list(globals().items()):
    if callable(f) and name not in ("attempt", "OrderedDict", "deque"):
        attempt(name, f)

d = {1: 1, 2: 2}
it = iter(d)
next(it)
d[3] = 3
for attempt_no in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("still broken:", e)
d2 = {1: 1, 2: 2}
it2 = iter(d2)
next(it2)
del d2[1]; d2[5] = 5
try:
    next(it2)
    next(it2)
except RuntimeError as e:
    print(e, "| then:", list(it2))
od = OrderedDict(a=1)
it3 = iter(od)
od["b"] = 2
try:
    next(it3)
except RuntimeError as e:
    print(e, "| then:", list(it3), type(it3).__name__)
inventory = {"bolts": 10, "nuts": 0}
for part, qty in inventory.items():
    if qty == 0:
        inventory[part + "_reorder"] = 100
