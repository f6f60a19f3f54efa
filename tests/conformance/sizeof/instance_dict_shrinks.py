# An instance __dict__'s size depends on how many instances of the class exist.
import sys


class Fresh:
    pass


dicts = []
keep = []
for i in range(5):
    o = Fresh()
    keep.append(o)
    dicts.append(sys.getsizeof(o.__dict__))
print(dicts)
