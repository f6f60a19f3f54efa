from __future__ import annotations
import __future__
from dataclasses import dataclass, field
from typing import Optional, List, Dict, Callable

@dataclass
class Node:
    value: int
    next: Optional[Node] = None
    kids: List[Node] = field(default_factory=list)
    meta: Dict[str, 'Node'] = field(default_factory=dict)
    f: Callable[[int, str], None] | None = None
    t: tuple[int, ...] = ()

n = Node(1, Node(2))
print(n, Node.__annotations__)
x: list[int] = []
print(__annotations__, __future__.annotations)
