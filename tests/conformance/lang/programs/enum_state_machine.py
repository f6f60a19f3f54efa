# A traffic-light and order-status state machine built on enum.
from enum import Enum, IntEnum, auto, unique


@unique
class Light(Enum):
    RED = 'red'
    GREEN = 'green'
    YELLOW = 'yellow'

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]


class Status(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()


TRANSITIONS = {
    Status.NEW: {Status.PAID, Status.CANCELLED},
    Status.PAID: {Status.SHIPPED, Status.CANCELLED},
    Status.SHIPPED: {Status.DELIVERED},
}


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class InvalidTransition(Exception):
    def __init__(self, current, target):
        super().__init__(f'cannot go from {current.name} to {target.name}')
        self.current = current
        self.target = target


class Order:
    def __init__(self, ident, priority=Priority.LOW):
        self.ident = ident
        self.status = Status.NEW
        self.priority = priority
        self.history = [self.status]

    def move(self, target):
        if target not in TRANSITIONS.get(self.status, set()):
            raise InvalidTransition(self.status, target)
        self.status = target
        self.history.append(target)

    def describe(self):
        match self.status:
            case Status.NEW | Status.PAID:
                return 'in progress'
            case Status.SHIPPED:
                return 'on its way'
            case Status.DELIVERED:
                return 'done'
            case _:
                return 'stopped'


light = Light.RED
for _ in range(4):
    print(light, light.value, end=' -> ')
    light = light.next()
print(light.name)
print(Light('green'), Light['YELLOW'], [m.name for m in Light])

o = Order(1, Priority.HIGH)
for step in (Status.PAID, Status.SHIPPED, Status.DELIVERED):
    o.move(step)
    print(o.ident, o.status.name, o.describe())
try:
    o.move(Status.CANCELLED)
except InvalidTransition as e:
    print('error:', e, e.current, e.target.value)
print([s.name for s in o.history])
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(repr(Status.PAID), Status.PAID.value, Status(3), Status.NEW in TRANSITIONS)
print(isinstance(Priority.LOW, int), Priority(2).name, len(Status))
try:
    Light('blue')
except ValueError as e:
    print('ValueError:', e)
