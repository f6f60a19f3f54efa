# The classic "deep getsizeof" recipe over containers.
import sys


def total_size(obj, seen=None):
    if seen is None:
        seen = set()
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        size += sum(total_size(k, seen) + total_size(v, seen) for k, v in obj.items())
    elif isinstance(obj, (list, tuple, set, frozenset)):
        size += sum(total_size(i, seen) for i in obj)
    return size


data = {'name': 'pymm', 'tags': ['gc', 'heap'], 'sizes': (1, 2, 3), 'nested': {'x': [1.5, 2.5]}}
print(total_size(data))
cyc = [1, 2]
cyc.append(cyc)
print(total_size(cyc))
