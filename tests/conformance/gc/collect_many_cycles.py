# Many small cycles of different shapes, freed in one full collection.
import gc

gc.collect()


class Pair:
    pass


for i in range(50):
    p, q = Pair(), Pair()
    p.q, q.p = q, p
for i in range(30):
    l = [i]
    l.append(l)
for i in range(20):
    d = {'i': i}
    d['self'] = d
del p, q, l, d
print(gc.collect())
