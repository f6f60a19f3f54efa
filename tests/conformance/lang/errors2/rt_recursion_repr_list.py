a = []
a.append(a)
print(a)
d = {}
d['self'] = d
print(d)
import sys
sys.setrecursionlimit(50)
def f(n): return f(n+1)
f(0)
