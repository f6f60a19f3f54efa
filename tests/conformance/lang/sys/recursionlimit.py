import sys

old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError:', e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print('TypeError:', e)
sys.setrecursionlimit(old)


def depth(n):
    return n if n >= 3000 else depth(n + 1)


sys.setrecursionlimit(4000)
print(depth(0))
