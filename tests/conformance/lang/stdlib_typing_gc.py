# typing keeps its recent subscriptions (CPython's lru_cache of 128 per operation): a local
# generic class that was subscripted stays alive after its function returns, one that was
# not is collected; importing typing leaves no garbage of its own.
import gc
from typing import Generic, TypeVar, List, Dict

T = TypeVar('T')
gc.collect()


def subscripted():
    class Box(Generic[T]):
        pass
    Box[int]


def as_argument():
    class Item:
        pass
    List[Item]
    Dict[str, Item]


def plain():
    class Box(Generic[T]):
        pass


for make in (subscripted, as_argument, plain):
    make()
    print(make.__name__, gc.collect())
for i in range(200):
    List[i]
print('after 200 other subscriptions', gc.collect() > 0)
