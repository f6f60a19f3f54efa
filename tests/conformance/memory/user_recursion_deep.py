# Recursion limits, RecursionError caught at depth, deep structures freed, recursive reprs of containers.
import sys
print(sys.getrecursionlimit())
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
def count(n=0):
    try:
        return count(n + 1)
    except RecursionError:
        return n
d = count()
print(d > 900, d < 1000)
sys.setrecursionlimit(200)
print(count() < 200)
sys.setrecursionlimit(1000)
l = []
for i in range(100000):
    l = [l]
del l
print("deep list freed")
d = {}
cur = d
for i in range(100000):
    cur["x"] = {}
    cur = cur["x"]
del d, cur
print("deep dict freed")
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(1)
except RecursionError:
    print("mutual recursion caught")
x = []
x.append(x)
print(x)
dd = {}
dd["self"] = dd
print(dd)
