"""A small command-line todo tool reading commands from stdin."""
import sys

class TodoError(Exception):
    pass

class NotFound(TodoError):
    def __init__(self, idx):
        super().__init__(idx)
        self.idx = idx
    def __str__(self):
        return f"no task #{self.idx}"

tasks = []

def add(*words):
    if not words:
        raise TodoError("add needs a description")
    tasks.append({"text": " ".join(words), "done": False})
    return len(tasks)

def done(idx):
    try:
        i = int(idx)
        task = tasks[i - 1]
    except ValueError:
        raise TodoError(f"bad index {idx!r}") from None
    except IndexError as e:
        raise NotFound(idx) from e
    task["done"] = True

def show():
    for i, t in enumerate(tasks, start=1):
        mark = "x" if t["done"] else " "
        print(f"{i:>3}. [{mark}] {t['text']}")
    print(f"{sum(t['done'] for t in tasks)}/{len(tasks)} done", end="\n\n")

COMMANDS = {"add": add, "done": done, "show": show}

def main(argv):
    print("args:", argv, file=sys.stderr)
    prompt = argv[1] if len(argv) > 1 else "> "
    n = 0
    while True:
        try:
            line = input(prompt)
        except EOFError:
            print("\nbye")
            break
        n += 1
        cmd, *rest = line.split() or [""]
        if cmd == "quit":
            return 0
        if cmd == "exit":
            sys.exit(rest[0] if rest else None)
        if cmd == "code":
            sys.exit(int(rest[0]))
        if cmd == "crash":
            tasks[int(rest[0])]["missing"]
        fn = COMMANDS.get(cmd)
        if fn is None:
            print(f"unknown command: {cmd!r}", file=sys.stderr, flush=True)
            continue
        try:
            r = fn(*rest)
        except NotFound as e:
            print("error:", e, "| cause:", repr(e.__cause__))
        except TodoError as e:
            print("error:", e, "| suppress:", e.__suppress_context__)
        except TypeError as e:
            print("usage error:", e)
        else:
            if r is not None:
                print("->", r)
    return n

if __name__ == "__main__":
    status = main(sys.argv)
    print("status", status)
    sys.exit(status)
