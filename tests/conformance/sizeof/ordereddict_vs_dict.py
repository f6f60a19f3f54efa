# Is an OrderedDict bigger than a dict? Since 3.7 dicts keep order, and OrderedDict keeps
# a linked list of nodes and a node index beside the dict: compare them as they grow.
import sys
from collections import OrderedDict, defaultdict, Counter

for n in [0, 1, 5, 6, 10, 11, 20, 50, 1000]:
    d = dict.fromkeys(range(n))
    o = OrderedDict.fromkeys(range(n))
    o2 = OrderedDict()
    for i in range(n):
        o2[i] = None
    print(n, sys.getsizeof(d), sys.getsizeof(o), sys.getsizeof(o2))
words = OrderedDict((w, len(w)) for w in "the quick brown fox jumps over the lazy dog".split())
print(sys.getsizeof(words), len(words))
words.move_to_end("the")
words.popitem(last=False)
print(sys.getsizeof(words))
o = OrderedDict(a=1, b=2)
o.pop("a")
print(sys.getsizeof(o))
while o:
    o.popitem()
print(sys.getsizeof(o))
o.clear()
print(sys.getsizeof(o))
o.x = 1
print(sys.getsizeof(o))


class Sub(OrderedDict):
    pass


print(sys.getsizeof(Sub()), sys.getsizeof(Sub(a=1)))
print(sys.getsizeof(OrderedDict(dict.fromkeys("abcdefgh"))), sys.getsizeof(OrderedDict(words).copy()))
print(sys.getsizeof(defaultdict(list)), sys.getsizeof(defaultdict(list, a=1)))
print(sys.getsizeof(Counter()), sys.getsizeof(Counter("abcab")))
