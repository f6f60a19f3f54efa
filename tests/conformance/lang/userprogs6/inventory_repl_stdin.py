import sys
# A small inventory REPL reading commands from stdin.
inventory = {}
history = []
def parse(line):
    parts = line.split()
    if not parts:
        return None, []
    return parts[0].lower(), parts[1:]
while True:
    try:
        line = input("> ")
    except EOFError:
        print("\nbye")
        break
    cmd, args = parse(line)
    history.append(cmd)
    if cmd is None:
        continue
    if cmd == "add":
        name, qty = args[0], int(args[1]) if len(args) > 1 else 1
        inventory[name] = inventory.get(name, 0) + qty
        print(f"added {qty} {name}")
    elif cmd == "rm":
        try:
            inventory[args[0]] -= int(args[1])
            if inventory[args[0]] <= 0:
                del inventory[args[0]]
        except KeyError as e:
            print("no such item:", e, file=sys.stderr)
        except (IndexError, ValueError) as e:
            print(f"bad args: {e}")
    elif cmd == "list":
        for k, v in sorted(inventory.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"{k:<10}{v:>5}")
    elif cmd == "total":
        print("total:", sum(inventory.values()))
    elif cmd == "quit":
        break
    else:
        print(f"unknown command {cmd!r}")
print(history)
data = sys.stdin.read()
print(repr(data))
int("not a number")
