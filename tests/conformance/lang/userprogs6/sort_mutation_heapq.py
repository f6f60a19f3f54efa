lst = [3, 1, 2]
def key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=key)
except ValueError as e:
    print("ValueError:", e)
print(lst)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        data.clear()
        return self.v < o.v
data = [Cmp(2), Cmp(1), Cmp(3)]
try:
    data.sort()
except ValueError as e:
    print("ValueError:", e)
print(len(data))
print(sorted([3, 1, 2], key=None), sorted("bca", reverse=1), sorted([1, 2], key=lambda x: (x % 2, x)))
try:
    sorted([1, 2], cmp=lambda a, b: 0)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
import heapq
h = [5, 1, 4]; heapq.heapify(h); heapq.heappush(h, 0); print([heapq.heappop(h) for _ in range(4)], heapq.nlargest(2, [1, 5, 3]), heapq.nsmallest(2, "zyx"), list(heapq.merge([1, 4], [2, 3])))
