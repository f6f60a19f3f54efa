# get_referents follows tp_traverse: lists and tuples last to first.
import gc

a, b, c = [1], [2], [3]
print(gc.get_referents([a, b, c]) == [c, b, a])
print(gc.get_referents((a, b)) == [b, a])
print(gc.get_referents({'x': a, 'y': b}) == [a, b])
print(gc.get_referents(1, 'a', 4j, 2.5))
print(gc.get_referents([a], (b,)) == [a, b])
print(gc.get_referents({1: a, 'k': b}) == [a, 1, b, 'k'])
