# A list subclass with its own __new__ takes keywords (list.__init__ ignores them); without
# one they are refused. list.clear() and list.copy() take no arguments.
class L(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self


u = L([1, 2], newarg=3)
print(u, u.newarg)


class L2(list):
    pass


try:
    L2(sequence=())
except TypeError as e:
    print(e)
try:
    [].clear(1)
except TypeError as e:
    print(e)
try:
    [].copy(x=1)
except TypeError as e:
    print(e)
