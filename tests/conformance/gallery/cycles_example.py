# The seed example: A -> B -> C -> A, freed by gc.collect().
import gc

gc.collect()


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'Obj({self.name})'


a, b, c = Obj('A'), Obj('B'), Obj('C')
a.ref, b.ref, c.ref = b, c, a
print(a, '->', a.ref, '->', a.ref.ref, '->', a.ref.ref.ref)
del a, b, c
print('unreachable objects collected:', gc.collect())
