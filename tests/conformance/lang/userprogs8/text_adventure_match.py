import shlex
rooms = {
    "hall": {"desc": "A grand hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Dusty books everywhere.", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["wine"], "locked": True},
}
state = {"room": "hall", "inventory": [], "moves": 0}

def handle(cmd):
    words = shlex.split(cmd.lower())
    match words:
        case []:
            return "Say something."
        case ["look"] | ["l"]:
            r = rooms[state["room"]]
            items = ", ".join(r["items"]) or "nothing"
            return f"{r['desc']} Exits: {', '.join(sorted(r['exits']))}. You see: {items}."
        case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
            exits = rooms[state["room"]]["exits"]
            if direction not in exits:
                return f"You can't go {direction}."
            target = exits[direction]
            if rooms[target].get("locked") and "key" not in state["inventory"]:
                return "The door is locked."
            state["room"] = target
            state["moves"] += 1
            return f"You go {direction} to the {target}."
        case ["take", item] if item in rooms[state["room"]]["items"]:
            rooms[state["room"]]["items"].remove(item)
            state["inventory"].append(item)
            return f"Taken: {item}."
        case ["take", item]:
            return f"There is no {item} here."
        case ["take", *many] if len(many) > 1:
            return "\n".join(handle(f"take {m}") for m in many)
        case ["drop", item, *_]:
            return f"dropping {item!r}"
        case ["inventory" | "i"]:
            return f"You carry: {state['inventory']}"
        case ["say", *rest]:
            return "You say: " + " ".join(rest)
        case [verb, *args]:
            return f"I don't know how to {verb} ({len(args)} args)."

def describe(event):
    match event:
        case {"type": "move", "to": str(dest), **rest}:
            return f"move to {dest} extra={rest}"
        case {"type": "score", "points": int(p) | float(p)} if p > 0:
            return f"score +{p}"
        case {"type": "score"}:
            return "score (no points)"
        case (x, y) | [x, y, _]:
            return f"pair-ish {x},{y}"
        case str() as s if s.isupper():
            return f"shout {s}"
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return "negative"
        case int() | float():
            return "number"
        case None:
            return "nothing"
        case _:
            return f"unknown {type(event).__name__}"

script = ["look", "take lamp", "take sword", "go north", "look", "take book key", "i",
          "south", "east", "down", "up", "down", "look", "take wine", "dance wildly now",
          "", 'say "hello there" friend', "drop lamp quietly", "west"]
for line in script:
    print(f"> {line}")
    print(handle(line))
print(state)
for ev in [{"type": "move", "to": "hall", "speed": 2}, {"type": "score", "points": 5}, {"type": "score", "points": 0},
           (1, 2), [3, 4, 5], "HEY", "hey", True, -3, 2.5, None, {1, 2}, {"type": "move", "to": 5}]:
    print(describe(ev))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"axis at {x}"
        case Point(x=px, y=py) if px == py:
            return f"diagonal {px}"
        case Point(x, y):
            return f"({x}, {y})"
for p in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 5)]:
    print(where(p))
match Point(1, 2):
    case Point(a, b, c):
        print("three")
