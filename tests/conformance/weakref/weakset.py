import weakref


class Obs:
    def __init__(self, name):
        self.name = name


ws = weakref.WeakSet()
a, b, c = Obs('a'), Obs('b'), Obs('c')
for o in (a, b, c, a):
    ws.add(o)
print(len(ws), sorted(o.name for o in ws))
del b
print(len(ws), sorted(o.name for o in ws))
print(a in ws)
ws.discard(a)
print(len(ws))
del c
print(len(ws), list(ws))
