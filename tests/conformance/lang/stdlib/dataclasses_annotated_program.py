from __future__ import annotations
from collections import defaultdict, deque, Counter
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Dict, List, Optional, Iterator, Protocol
import heapq
import abc


class Kind(Enum):
    TASK = auto()
    BUG = auto()


@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
    kind: Kind = field(default=Kind.TASK, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)


class Store(abc.ABC):
    @abc.abstractmethod
    def put(self, item: Item) -> None: ...

    @abc.abstractmethod
    def items(self) -> Iterator[Item]: ...


class HeapStore(Store):
    def __init__(self) -> None:
        self._heap: List[Item] = []

    def put(self, item: Item) -> None:
        heapq.heappush(self._heap, item)

    def items(self) -> Iterator[Item]:
        h = list(self._heap)
        while h:
            yield heapq.heappop(h)


def graph_bfs(edges: Dict[str, List[str]], start: str) -> List[str]:
    seen = {start}
    order = []
    q: deque[str] = deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in edges.get(node, []):
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order


s = HeapStore()
for i, (p, n) in enumerate([(3, 'write'), (1, 'fix'), (2, 'test'), (1, 'deploy')]):
    s.put(Item(p, n, Kind.BUG if i % 2 else Kind.TASK, [n[0]]))
for it in s.items():
    print(it)
by_kind: defaultdict[Kind, list] = defaultdict(list)
for it in s.items():
    by_kind[it.kind].append(it.name)
print(dict(by_kind))
print(Counter(it.kind for it in s.items()).most_common())
print(graph_bfs({'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': [], 'e': ['a']}, 'a'))
try:
    Store()
except TypeError as e:
    print(e)
