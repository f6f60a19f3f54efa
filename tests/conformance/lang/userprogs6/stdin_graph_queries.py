import sys
from heapq import heappush, heappop
from bisect import bisect_left, insort
input = sys.stdin.readline
n, m = map(int, input().split())
graph = [[] for _ in range(n + 1)]
for _ in range(m):
    u, v, w = map(int, input().split())
    graph[u].append((v, w)); graph[v].append((u, w))
def dijkstra(src):
    dist = [float("inf")] * (n + 1)
    dist[src] = 0
    pq = [(0, src)]
    while pq:
        d, u = heappop(pq)
        if d > dist[u]: continue
        for v, w in graph[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                heappush(pq, (dist[v], v))
    return dist
dist = dijkstra(1)
print(" ".join(str(d) if d != float("inf") else "-1" for d in dist[1:]))
q = int(input())
arr = []
for _ in range(q):
    op, *rest = input().split()
    if op == "add":
        insort(arr, int(rest[0]))
    elif op == "rank":
        print(bisect_left(arr, int(rest[0])))
    elif op == "show":
        print(*arr)
data = sys.stdin.read().split()
nums = list(map(int, data))
print(sum(nums), max(nums, default=None), sorted(nums)[len(nums) // 2] if nums else None)
prefix = [0]
for x in nums: prefix.append(prefix[-1] + x)
print(prefix[-1] - prefix[len(nums) // 2])
best = cur = nums[0]
for x in nums[1:]:
    cur = max(x, cur + x); best = max(best, cur)
print("max subarray", best)
sys.stdout.write(f"{len(nums)} numbers\n")
print(input() == "", repr(sys.stdin.readline()))
