import sys

print(sys.getrecursionlimit())


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print('RecursionError:', e)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
depth = 0


def measure():
    global depth
    depth += 1
    measure()


try:
    measure()
except RecursionError:
    print(150 < depth < 200)
sys.setrecursionlimit(1000)
