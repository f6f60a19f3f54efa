import gc


class C:
    pass


c = C()
c.first = [1]
c.second = 'two'
r = gc.get_referents(c)
print(r[0] is c.first, r[1], r[-1] is C)
c.__dict__
r = gc.get_referents(c)
print(len(r), r[0] is c.__dict__, r[1] is C)
