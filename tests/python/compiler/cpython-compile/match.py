import gc
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def describe(obj):
    match obj:
        case None:
            return 'nothing'
        case [x, y]:
            return f'pair {x} {y}'
        case [x, *rest]:
            return f'head {x} and {len(rest)} more'
        case Point(x=0, y=0):
            return 'origin'
        case Point(x=px, y=py) if px == py:
            return f'diagonal {px}'
        case {'kind': kind, **others}:
            return f'{kind} with {sorted(others)}'
        case str() | bytes():
            return 'text'
        case _:
            return 'other'


print(gc.get_count())
for item in [None, [1, 2], [1, 2, 3], Point(0, 0), Point(2, 2), {'kind': 'k', 'z': 1}, 'hi', 3.5]:
    print(describe(item))
print(gc.get_count())
