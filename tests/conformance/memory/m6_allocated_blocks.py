import sys, gc
gc.collect()
b0 = sys.getallocatedblocks()
x = [object() for _ in range(100)]
b1 = sys.getallocatedblocks()
print("100 objects", b1 - b0)
del x
b2 = sys.getallocatedblocks()
print("freed", b2 - b0)
y = {i: str(i) for i in range(50)}
print("dict of 50 strs", sys.getallocatedblocks() - b2)
s = "x" * 1000
print("big str", sys.getallocatedblocks() - b2)
