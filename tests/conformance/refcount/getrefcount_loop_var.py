import sys

items = [object() for _ in range(3)]
for it in items:
    print(sys.getrefcount(it))
del it
print([sys.getrefcount(o) for o in items])
