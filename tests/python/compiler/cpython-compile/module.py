import gc
import sys

LIMIT = 10 ** 6
GREETING = 'hello' + ' ' + 'world'
SCALE = -1.5


def parse(line, sep=',', strip=True):
    parts = line.split(sep)
    return [p.strip() for p in parts] if strip else parts


def stats(values):
    try:
        return min(values), max(values), sum(values) / len(values)
    except ZeroDivisionError:
        return None
    finally:
        pass


def walk(tree, depth=0):
    if isinstance(tree, (list, tuple)):
        for child in tree:
            yield from walk(child, depth + 1)
    else:
        yield depth, tree


def counter():
    count = 0

    def bump(by=1):
        nonlocal count
        count += by
        return count

    return bump


print(gc.get_count())
print(parse('a, b ,c'), parse('x|y', sep='|', strip=False), stats([3, 1, 2]), stats([]))
print(list(walk([1, [2, (3, 4)], 5])))
bump = counter()
print(bump(), bump(5), LIMIT, GREETING, SCALE, sys.getsizeof(GREETING))
with open.__class__ and __import__('contextlib').suppress(KeyError):
    {}['missing']
print(gc.get_count())
