import heapq
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY, FrozenInstanceError
from enum import Enum, IntEnum, Flag, auto, unique
from typing import ClassVar

class Priority(IntEnum):
    LOW = 3
    NORMAL = 2
    HIGH = 1
    URGENT = 0

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC

@unique
class State(Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None

@dataclass(order=True)
class Task:
    sort_index: tuple = field(init=False, repr=False)
    priority: Priority
    name: str = field(compare=False)
    _: KW_ONLY
    duration: int = 1
    tags: list = field(default_factory=list, compare=False)
    state: State = field(default=State.PENDING, compare=False)
    counter: ClassVar[int] = 0
    def __post_init__(self):
        Task.counter += 1
        self.sort_index = (self.priority, Task.counter)

@dataclass(frozen=True)
class Event:
    time: int
    task: str
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        object.__setattr__(self, "time", self.time * scale)

tasks = [Task(Priority.LOW, "clean", duration=2), Task(Priority.URGENT, "fix prod", duration=3, tags=["ops"]),
         Task(Priority.NORMAL, "review"), Task(Priority.URGENT, "call boss"), Task(Priority.HIGH, "deploy", duration=2)]
heap = list(tasks)
heapq.heapify(heap)
clock = 0
log = []
while heap:
    t = heapq.heappop(heap)
    t.state = State("RUNNING")
    log.append(Event(clock, t.name, scale=10))
    clock += t.duration
    t.state = State.DONE
    print(f"t={clock:>2} {t.priority.name:<7} {t.name:<10} {t.state.value} {t!r}")
print(log[0], log[-1].time, astuple(log[1]), asdict(tasks[1]))
print([f.name for f in fields(Task)], Task.counter)
e2 = replace(log[0], task="again", scale=2)
print(e2, hash(log[0]) == hash(Event(0, "fix prod")), log[0] == Event(0, "fix prod"))
try:
    log[0].time = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(Priority.HIGH < Priority.LOW, Priority(2), Priority["URGENT"], list(Priority)[:2], Priority.HIGH + 1)
p = Perm.READ | Perm.WRITE
print(p, Perm.READ in p, Perm.EXEC in p, ~p, Perm.ALL, list(Perm), Perm(0), bool(Perm(0)), p.value)
print(State("Done"), State.DONE.name, State.__members__.keys(), repr(State.RUNNING))
try:
    State("bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Color(Enum):
    RED = 1
    CRIMSON = 1
    GREEN = 2
print(list(Color), Color.CRIMSON, Color(1) is Color.RED, Color.__members__["CRIMSON"])
print(sorted(tasks)[0].name, max(tasks).name, tasks[0] < tasks[1])
Task(Priority.LOW, "x", 5)
