# sys.getsizeof of instance __dict__s: 3.11 split tables over the class's shared keys.
import sys


class Config:
    def __init__(self, n):
        for i in range(n):
            setattr(self, 'opt%d' % i, i)


for n in (0, 1, 2, 5, 10, 20):
    c = Config(n)
    print(n, sys.getsizeof(c.__dict__), c.__dict__.__sizeof__())


class Record:
    def __init__(self):
        self.name = 'r'
        self.value = 1


r = Record()
d = r.__dict__
print('materialised:', sys.getsizeof(d))
d['extra'] = 2
print('new str key joins the shared keys:', sys.getsizeof(d), sys.getsizeof(Record().__dict__))
del d['name']
print('after delete:', sys.getsizeof(d))
d[42] = 'x'
print('non-str key makes it combined:', sys.getsizeof(d))
r2 = Record()
r2.later = 3
print('attribute set after __dict__ made:', sys.getsizeof(vars(r2)))
