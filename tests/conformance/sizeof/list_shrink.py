import sys

l = list(range(100))
print(sys.getsizeof(l))
while len(l) > 2:
    before = sys.getsizeof(l)
    l.pop()
    after = sys.getsizeof(l)
    if after != before:
        print(len(l), after)
l.clear()
print(sys.getsizeof(l))
