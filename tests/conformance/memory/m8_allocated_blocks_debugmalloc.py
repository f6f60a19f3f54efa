import sys, io, contextlib
# sys._debugmallocstats writes to stderr (C level); check the call shape only
print(callable(sys._debugmallocstats))
print(sys._debugmallocstats.__name__)
try:
    sys._debugmallocstats(1)
except TypeError as e:
    print("TypeError:", e)
print(sys.getallocatedblocks() > 0)
n0 = sys.getallocatedblocks()
keep = [object() for _ in range(1000)]
n1 = sys.getallocatedblocks()
print("grew by >= 1000:", n1 - n0 >= 1000)
del keep
n2 = sys.getallocatedblocks()
print("shrank back:", n1 - n2 >= 1000)
