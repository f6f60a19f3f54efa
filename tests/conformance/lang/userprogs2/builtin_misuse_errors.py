cases = """",".join([1, 2])
"abc".split(1)
"a".center("x")
"a".center(5, "xy")
"abc".startswith(1)
"abc"[1.5]
"abc" * 1.5
"abc".encode("nope")
b"abc".decode("ascii", "bogus")
"é".encode("ascii")
b"\\xff".decode("utf-8")
"abc".index("z")
"{}".format()
"{0} {2}".format(1, 2)
"{a}".format(b=1)
"{:d}".format("x")
"{!x}".format(1)
"{".format(1)
"}".format(1)
"%d %d" % (1,)
"%d" % (1, 2)
"%z" % 1
"%(a)s" % (1,)
[1, 2].index(3)
[].remove(1)
[1].insert()
[3, 1].sort(key=1)
sorted([1, 2], cmp=1)
list.append([], 1, 2)
[1, 2][5]
[1, 2][1:2:0]
[1, 2][None]
[1, 2]["a"]
(1, 2)[5]
del [][0]
{"a": 1}["b"]
{}.pop("k")
{}.popitem()
dict(1)
dict([(1,)])
{[]: 1}
{1: 2}.get()
set().pop()
{1}.remove(2)
frozenset().add(1)
int("abc")
int("1", 1)
int(None)
int([])
float("abc")
float([])
complex("abc")
round("x")
round(1.5, "x")
abs("x")
divmod("a", 1)
pow(2, 3, 0)
pow(2.0, 3, 5)
1 / 0
1 // 0
1 % 0
1.0 / 0
2 ** -1 % 0
-1 ** 0.5 + "x"
chr(0x110000)
chr("a")
ord("")
ord(1)
bin(1.5)
hex("a")
len(5)
len()
iter(1)
next([])
range(1.5)
range(1, 2, 0)
range(0)[0]
enumerate(1)
zip(1)
map(1)
map(None, [1])
list(map(None, [1]))
filter(1, 2)
sum(["a", "b"])
sum([1], "")
min()
max(1)
max([], key=len)
sorted(1)
reversed(1)
isinstance(1, 1)
issubclass(1, int)
getattr(1, 2)
getattr(1, "x")
setattr(1, "x", 2)
delattr(1, "x")
hash([])
callable()
vars(1)
print(sep=1)
print(end=1)
input(1, 2)
type("X", 1, {})
type(1, 2)
super()
property().__get__(1)
classmethod(1)()
staticmethod(1)()
(lambda x: x)()
(lambda: 1)(1)
(lambda *, k: k)()
(lambda a, /: a)(a=1)
NotImplemented()
None.x
None[0]
None + 1
1 < None
[] < 1
"a" < 1
{} < {}
1 + []
[] + ()
() + []
"a" + b"b"
b"a" + "b"
3 @ 4
-"a"
~1.5
not_defined
__import__("nope")
exec(1)
eval("1 +")
compile("x", "f", "bogus")
bytes("abc")
bytes(-1)
bytearray("x")
b"abc"[5]
b"%d" % "x"
"x".join("abc", "d")
str(b"x", "nope")
str(1, "utf-8")
"a".ljust()
"abc".zfill("x")
"a".expandtabs("x")
"a b".split(None, "x")
"abc".strip(1)
"abc".translate(1)
str.maketrans(1)
str.maketrans("ab", "c")
"abc".rsplit("")
"abc".removeprefix(1)
1 .real = 2
object().__dict__
[].__dict__
x = 1; x.y = 2
from math import tau as t; t()
import math; math.sqrt("x")
import math; math.floor("x")
import math; math.log(-1)
import math; math.gcd(1.5)
import math; math.comb(-1, 2)
import math; math.isqrt(-1)
import random; random.choice([])
import random; random.randint(1.5, 2)
import random; random.sample([1], 2)
import json; json.dumps(set())
import json; json.dumps({(1,): 2})
import json; json.loads(1)
import re; re.compile("(")
import re; re.match(1, "a")
import collections; collections.Counter(1)
import collections; collections.deque(maxlen=-1)
import collections; collections.namedtuple("A", "x x")
import itertools; itertools.islice([], -1)
import itertools; itertools.repeat()
import functools; functools.reduce(1, [1, 2])
import heapq; heapq.heappop([])
import copy; copy.copy()
""".strip().splitlines()
for c in cases:
    try:
        exec(c)
        print("OK", c)
    except Exception as e:
        print(f"{c[:30]:30} {type(e).__name__}: {e}")
