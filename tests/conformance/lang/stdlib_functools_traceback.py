# Tracebacks through partial, lru_cache, reduce and cmp_to_key show no functools frames
# (they are C code in CPython); the user's own frames are all there.
import functools
import traceback


@functools.lru_cache(maxsize=None)
def inverse(x):
    return 1 / x


def add(a, b):
    return a + b


def compare(a, b):
    return a.size - b.size


for action in (lambda: functools.partial(inverse)(0),
               lambda: functools.reduce(add, [1, 2, 'three']),
               lambda: sorted([3, 1], key=functools.cmp_to_key(compare)),
               lambda: functools.partial(functools.partial(add, 1), None)()):
    try:
        action()
    except Exception:
        traceback.print_exc()


class Node:
    @functools.cache
    def depth(self):
        raise LookupError('no parent')


Node().depth()
