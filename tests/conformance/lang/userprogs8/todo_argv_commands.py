import sys
import json

USAGE = """usage: todo.py <command> [args]
commands:
  add TEXT...     add a task
  done N          mark task N done
  list            show tasks"""

tasks = [{"text": "buy milk", "done": False}, {"text": "write essay", "done": True}]

def cmd_add(args):
    if not args:
        print("add: missing text", file=sys.stderr)
        return 2
    tasks.append({"text": " ".join(args), "done": False})
    print(f"added #{len(tasks)}: {tasks[-1]['text']!r}")
    return 0

def cmd_done(args):
    n = int(args[0])
    tasks[n - 1]["done"] = True
    return 0

def cmd_list(args):
    for i, t in enumerate(tasks, 1):
        mark = "x" if t["done"] else " "
        print(f"{i:>3}. [{mark}] {t['text']}")
    return 0

COMMANDS = {"add": cmd_add, "done": cmd_done, "list": cmd_list}

def main(argv):
    print("argv[0] ends with .py:", argv[0].endswith(".py"), "len:", len(argv))
    if len(argv) < 2:
        print(USAGE)
        return 1
    cmd, *rest = argv[1:]
    fn = COMMANDS.get(cmd)
    if fn is None:
        print(f"unknown command {cmd!r}", file=sys.stderr)
        return 2
    return fn(rest)

rc = main(sys.argv)
print("rc", rc)
for argv in (["todo.py"], ["todo.py", "add", "call", "mom"], ["todo.py", "add"],
             ["todo.py", "bogus"], ["todo.py", "done", "1"], ["todo.py", "list"]):
    print(">>", argv[1:], "->", main(argv))
print(json.dumps(tasks, indent=2))
sys.stdout.flush()
main(["todo.py", "done", "x"])
