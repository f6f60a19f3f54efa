# P7: a __slots__ instance pointing at itself.
import gc

gc.collect()


class S:
    __slots__ = ('o',)


s = S()
s.o = s
del s
print(gc.collect())
