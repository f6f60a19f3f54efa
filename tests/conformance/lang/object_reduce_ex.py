# object.__reduce_ex__ / __reduce__ / __getstate__ and copyreg, as pickle and copy see them.
import re as _re
import copyreg
class A:
    def __init__(self): self.x = 1
class S:
    __slots__ = ('a', 'b')
class I(int): pass
class L(list): pass
class D(dict): pass
a = A()
r = a.__reduce_ex__(4)
print(_re.sub(" at 0x[0-9a-f]+", "", str((r[0].__name__, r[1][0].__name__, r[2:4], r[4],))))
print(_re.sub(" at 0x[0-9a-f]+", "", str((a.__reduce_ex__(2)[:3], a.__getstate__(),))))
print(_re.sub(" at 0x[0-9a-f]+", "", str((a.__reduce_ex__(0),))))
print(_re.sub(" at 0x[0-9a-f]+", "", str((a.__reduce__(),))))
s = S(); s.a = 1
print(_re.sub(" at 0x[0-9a-f]+", "", str((s.__reduce_ex__(4)[1:3], s.__getstate__(),))))
try: s.__reduce_ex__(0)
except TypeError as e: print(e)
print(_re.sub(" at 0x[0-9a-f]+", "", str((I(5).__reduce_ex__(4)[1:3], I(5).__reduce_ex__(1),))))
l = L([1,2]); print(l.__reduce_ex__(4)[1:3], list(l.__reduce_ex__(4)[3]))
d = D(a=1); print(d.__reduce_ex__(4)[1:3], list(d.__reduce_ex__(4)[4]))
print(_re.sub(" at 0x[0-9a-f]+", "", str(((1).__getnewargs__(), 'a'.__getnewargs__(), (1,2).__getnewargs__(), (1.5).__getnewargs__(), (1j).__getnewargs__(),))))
print(_re.sub(" at 0x[0-9a-f]+", "", str((object().__reduce_ex__(4)[1], object().__reduce_ex__(0),))))
try: (x for x in []).__reduce_ex__(4)
except TypeError as e: print(e)
try: memoryview(b'').__reduce_ex__(0)
except TypeError as e: print(e)
print(_re.sub(" at 0x[0-9a-f]+", "", str((sorted(n for n in dir(copyreg) if not n.startswith('__')),))))
class G:
    def __getstate__(self): return {'g': 1}
    def __reduce__(self): return (G, ())
print(_re.sub(" at 0x[0-9a-f]+", "", str((G().__reduce_ex__(4), G().__reduce_ex__(0),))))

