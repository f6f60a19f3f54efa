import heapq, bisect
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
a = [9, 4, 7, 1, 3, 8]
heapq.heapify(a); print(a)
print(heapq.heapreplace(a, 5), a)
print(heapq.heappushpop(a, 0), a)
print(heapq.heappushpop(a, 6), a)
print(heapq.nlargest(3, [1, 8, 2, 7, 3]), heapq.nsmallest(2, [1, 8, 2, 7, 3]))
print(heapq.nlargest(2, ['aa', 'b', 'cccc'], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(['a', 'bbb'], ['cc', 'dddd'], key=len)))
try: heapq.heappop([])
except IndexError as e: print('IndexError', e)
try: heapq.heappush((), 1)
except TypeError as e: print(e)
class Task:
    def __init__(self, p, name): self.p, self.name = p, name
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return f'Task({self.p}, {self.name!r})'
q = []
for p, n in [(3, 'c'), (1, 'a'), (2, 'b')]: heapq.heappush(q, Task(p, n))
print(heapq.heappop(q), q)
q = [(2, 'x'), (1, 'y')]; heapq.heapify(q); print(q)
s = [1, 2, 4, 4, 8]
print(bisect.bisect_left(s, 4), bisect.bisect_right(s, 4), bisect.bisect(s, 4), bisect.bisect(s, 0), bisect.bisect(s, 100))
bisect.insort(s, 5); bisect.insort_left(s, 4); print(s)
print(bisect.bisect_left(s, 4, 3), bisect.bisect_right(s, 4, 0, 2))
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('x', 4), key=lambda r: r[1]); print(recs)
try: bisect.bisect([], 1, -1)
except ValueError as e: print(e)
print(bisect.bisect_right((1, 2, 3), 2))
print(heapq.__all__ if hasattr(heapq, '__all__') else None)
import gc
h = []
heapq.heappush(h, h)
del h
print(gc.collect())
