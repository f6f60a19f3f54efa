# set.difference_update / intersection_update / symmetric_difference_update, and no reference leaked
# by the set methods that take any iterable.
import sys
s = {1, 2, 3, 4}
s.difference_update([1], (2,)); print(s)
s.intersection_update({3, 4, 5}, range(4)); print(s)
s.symmetric_difference_update("ab"); print(sorted(s, key=str))
s = {1, 2}; s.intersection_update(); print(s); s.difference_update(s); print(s)
t = {1, 2, 3}; t.symmetric_difference_update(t); print(t)
try:
    {1}.symmetric_difference_update()
except TypeError as e:
    print("TypeError:", e)
try:
    {1}.difference_update(5)
except TypeError as e:
    print("TypeError:", e)
l = [1, 2]; base = sys.getrefcount(l)
s = {1, 5}
s.intersection(l); s.union(l); s.issubset(l); s.difference_update(l); s.intersection_update(l)
print(sys.getrefcount(l) - base, s)
a = {1, 2, 3}; a &= {2, 3}; a -= {3}; a |= {9}; a ^= {9, 10}; print(a)
