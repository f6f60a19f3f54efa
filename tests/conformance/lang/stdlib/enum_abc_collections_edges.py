from enum import Enum, IntEnum
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
import collections
class Color(Enum):
    RED = 'r'
    BLUE = 'b'
    def __str__(self): return self.name.lower()
print(Color.RED, f'{Color.BLUE}', [str(c) for c in Color])
try: Color.RED < Color.BLUE
except TypeError as e: print(e)
class Pri(IntEnum):
    LOW = 1
    HIGH = 3
print(Pri.HIGH * 2, Pri.LOW + Pri.HIGH, max(Pri), Pri(3).name, Pri.HIGH > 2)
class Base(ABC):
    @property
    @abstractmethod
    def size(self): ...
    def describe(self): return f'size={self.size}'
class Impl(Base):
    @property
    def size(self): return 4
print(Impl().describe())
try: Base()
except TypeError as e: print(e)
@dataclass
class Cfg:
    name: str
    debug: bool = False
    opts: dict = field(default_factory=dict)
    count: int = field(init=False, default=0)
c = Cfg('x'); c.count += 1; print(c, Cfg('x') == Cfg('x'))
print(vars(c))
Point = collections.namedtuple('Point', 'x y')
p = Point(1, 2)
print(p._replace(y=5), Point(*[3, 4]), Point(**{'x': 1, 'y': 0}), p * 2, p + (3,), p[::-1])
od = collections.OrderedDict.fromkeys('abc', 0); print(od)
c = collections.Counter({'a': 2}); c['b'] += 1; print(c, list(c.elements()), c.most_common(1))
dd = collections.defaultdict(str); print(repr(dd['x']), dd)
d = collections.deque(maxlen=2); d.extend([1, 2, 3]); print(d, d.maxlen, list(d), d == collections.deque([2, 3]))
print(collections.Counter('hello world').most_common(3))
