# Resurrection in __del__ (plain and cyclic), and __del__ running once per object.
import gc, sys
graveyard = []
class Phoenix:
    count = 0
    def __init__(self, n):
        self.n = n
    def __del__(self):
        Phoenix.count += 1
        print(f"__del__ #{Phoenix.count} for {self.n}")
        if Phoenix.count < 2:
            graveyard.append(self)

p = Phoenix(1)
del p
print(len(graveyard), sys.getrefcount(graveyard[0]))
q = graveyard.pop()
print("popped", q.n)
del q
print("after second del", Phoenix.count)

# resurrection inside a cycle
class Cyc:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("Cyc.__del__")
        graveyard.append(self)
c = Cyc()
del c
print("collected:", gc.collect())
print(len(graveyard), type(graveyard[0]).__name__)
print(gc.is_finalized(graveyard[0]))
graveyard.clear()
print("collected again:", gc.collect())
