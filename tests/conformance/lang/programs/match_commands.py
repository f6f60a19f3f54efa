# Interpreting commands and JSON-like events with structural pattern matching.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Move:
    dx: int
    dy: int


@dataclass
class Say:
    text: str


def run(command, pos):
    match command.split():
        case ['go', ('north' | 'south' | 'east' | 'west') as direction]:
            dx, dy = {'north': (0, 1), 'south': (0, -1), 'east': (1, 0), 'west': (-1, 0)}[direction]
            return Point(pos.x + dx, pos.y + dy), f'went {direction}'
        case ['go', other]:
            return pos, f'unknown direction {other!r}'
        case ['jump', x, y] if x.lstrip('-').isdigit() and y.lstrip('-').isdigit():
            return Point(int(x), int(y)), 'jumped'
        case ['say', *words] if words:
            return pos, 'said ' + ' '.join(words)
        case ['quit' | 'exit']:
            return None, 'bye'
        case []:
            return pos, 'nothing'
        case _:
            return pos, f'cannot {command!r}'


pos = Point(0, 0)
for cmd in ['go north', 'go east', 'go up', 'jump 5 -2', 'jump a b', 'say hello world', 'say', '', 'dance', 'quit']:
    new, message = run(cmd, pos)
    print(f'{cmd!r:>18} -> {message}')
    if new is None:
        break
    pos = new
print(pos)


def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k)} if len(k) == 1:
            return f'key {k}'
        case {'type': 'key', 'key': k}:
            return f'special key {k}'
        case {'type': 'batch', 'events': [*events]}:
            return [handle(e) for e in events]
        case {'type': t, **rest} if rest:
            return f'{t} with {sorted(rest)}'
        case {'type': t}:
            return f'bare {t}'
        case Move(dx=0, dy=0):
            return 'no move'
        case Move(dx, dy) if abs(dx) == abs(dy):
            return f'diagonal {dx},{dy}'
        case Move():
            return 'move'
        case Say(text=str() as text):
            return f'says {text.upper()}'
        case [first, *_] if isinstance(first, int):
            return f'list starting with {first}'
        case int() | float() as number if number < 0:
            return 'negative'
        case int(n):
            return f'int {n}'
        case None:
            return 'none'
        case _:
            return 'unknown'


events = [
    {'type': 'click', 'pos': (3, 4)},
    {'type': 'key', 'key': 'a'},
    {'type': 'key', 'key': 'Enter'},
    {'type': 'batch', 'events': [{'type': 'key', 'key': 'b'}, {'type': 'idle'}]},
    {'type': 'scroll', 'delta': 3, 'axis': 'y'},
    Move(0, 0), Move(2, -2), Move(1, 3), Say('hi'),
    [7, 8, 9], -2.5, 42, None, 'text',
]
for e in events:
    print(handle(e))
