import sys
import shlex
from dataclasses import dataclass, field, asdict, replace, astuple, fields
from typing import ClassVar
import json


class CommandError(Exception):
    pass


@dataclass(order=True)
class Task:
    priority: int
    title: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False, repr=False)
    done: bool = field(default=False, compare=False)
    id: int = field(default=0, compare=False)
    counter: ClassVar[int] = 0

    def __post_init__(self):
        if not 1 <= self.priority <= 5:
            raise ValueError(f"priority must be 1..5, got {self.priority}")
        Task.counter += 1
        self.id = Task.counter
        self.title = self.title.strip()


class TodoApp:
    PROMPT = "todo> "

    def __init__(self, out=sys.stdout):
        self.tasks: dict[int, Task] = {}
        self.out = out

    def say(self, *a, **kw):
        print(*a, file=self.out, **kw)

    def cmd_add(self, args):
        if len(args) < 2:
            raise CommandError("usage: add PRIORITY TITLE [#tag...]")
        try:
            prio = int(args[0])
        except ValueError:
            raise CommandError(f"bad priority {args[0]!r}") from None
        tags = [a[1:] for a in args[1:] if a.startswith("#")]
        title = " ".join(a for a in args[1:] if not a.startswith("#"))
        t = Task(prio, title, tags)
        self.tasks[t.id] = t
        self.say(f"added #{t.id}: {t}")

    def cmd_done(self, args):
        for a in args:
            try:
                self.tasks[int(a)].done = True
            except (KeyError, ValueError) as e:
                raise CommandError(f"no task {a}") from e
        self.say("ok")

    def cmd_list(self, args):
        shown = sorted(t for t in self.tasks.values() if ("all" in args or not t.done))
        if not shown:
            self.say("(nothing)")
        for t in shown:
            mark = "x" if t.done else " "
            tags = " ".join(f"#{g}" for g in t.tags)
            self.say(f"[{mark}] {t.id:>3} P{t.priority} {t.title:<24.24}|{tags}")

    def cmd_export(self, args):
        data = [asdict(t) for t in sorted(self.tasks.values(), key=lambda t: t.id)]
        self.say(json.dumps(data, indent=1, sort_keys=True))

    def cmd_stats(self, args):
        total = len(self.tasks)
        done = sum(t.done for t in self.tasks.values())
        pct = done / total if total else 0.0
        self.say(f"{done}/{total} done ({pct:.1%}); by priority:", end=" ")
        byp = {}
        for t in self.tasks.values():
            byp.setdefault(t.priority, []).append(t.id)
        self.say(dict(sorted(byp.items())))

    def cmd_quit(self, args):
        raise SystemExit(int(args[0]) if args else 0)

    def run(self, stream):
        for lineno, line in enumerate(stream, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith(";"):
                continue
            try:
                name, *args = shlex.split(line)
            except ValueError as e:
                print(f"line {lineno}: parse error: {e}", file=sys.stderr)
                continue
            handler = getattr(self, f"cmd_{name}", None)
            if handler is None:
                print(f"line {lineno}: unknown command {name!r}", file=sys.stderr)
                continue
            try:
                handler(args)
            except CommandError as e:
                cause = f" (caused by {type(e.__cause__).__name__}: {e.__cause__})" if e.__cause__ else ""
                print(f"line {lineno}: {e}{cause}", file=sys.stderr)
            except ValueError as e:
                print(f"line {lineno}: invalid: {e}", file=sys.stderr)


if __name__ == "__main__":
    first = input("name? ")
    print(f"hello {first!r}")
    n = int(input())
    nums = [int(x) for x in input().split()]
    print(n, sum(nums[:n]), max(nums))
    app = TodoApp()
    t = Task(2, "  probe  ")
    print(t, astuple(t), [f.name for f in fields(t)], replace(t, priority=3).id, Task.counter)
    app.run(sys.stdin)
    print("EOF reached", file=sys.stderr)
    sys.exit("finished with errors")
