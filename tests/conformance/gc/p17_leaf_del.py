# P17: a finaliser on an object hanging off a cycle (not itself in a cycle).
import gc

gc.collect()


class Leaf:
    def __del__(self):
        print('Leaf del')


l = [Leaf()]
l.append(l)
del l
print(gc.collect())
