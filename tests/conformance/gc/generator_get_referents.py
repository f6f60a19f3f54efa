# gc.get_referents() of a generator shows what CPython 3.11's gen_traverse visits: the code
# and names, then (while the frame lives) the function, the code, the locals and the value
# stack (a for loop's iterator). An exhausted generator has let go of its frame.
import gc


def kinds(objs):
    return [type(o).__name__ for o in objs]


def gen(a, b):
    total = [a]
    for i in range(3):
        total.append(i)
        yield i
    del total


g = gen(10, 'text')
print('created  ', kinds(gc.get_referents(g)))
print(next(g))
print('suspended', kinds(gc.get_referents(g)))
refs = gc.get_referents(g)
print(refs[0] is g.gi_code, refs[1] == 'gen', refs[2] == 'gen', refs[5:8])
print(g.gi_frame.f_locals)
print('with f_locals', kinds(gc.get_referents(g)))
print(list(g))
print('exhausted', kinds(gc.get_referents(g)), g.gi_frame)


def outer():
    yield from gen(1, 2)


o = outer()
next(o)
print('delegating', kinds(gc.get_referents(o)), o.gi_yieldfrom.__name__)

ge = (x * 2 for x in range(3))
print('genexpr created', kinds(gc.get_referents(ge)))
next(ge)
print('genexpr suspended', kinds(gc.get_referents(ge)))


def make():
    k = 5

    def inner(p):
        yield k + p

    return inner


c = make()(1)
print('closure', kinds(gc.get_referents(c)))
