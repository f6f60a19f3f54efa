# getsizeof of a list as it grows one append at a time.
import sys

l = []
sizes = []
for k in range(33):
    sizes.append(sys.getsizeof(l))
    l.append(k)
print(sizes)
