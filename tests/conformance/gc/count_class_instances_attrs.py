# gc.get_count() deltas while making instances with attributes, then dropping them.
import gc

gc.collect()
gc.disable()


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


base = gc.get_count()[0]
pts = [Point(i, -i) for i in range(50)]
print('made 50 points:', gc.get_count()[0] - base)
total = sum(p.norm2() for p in pts)
print('sum of norms:', total, gc.get_count()[0] - base)
names = [p.__dict__ for p in pts[:10]]
print('10 __dict__ materialised:', gc.get_count()[0] - base)
del names
del pts
print('after del:', gc.get_count()[0] - base)
gc.enable()
