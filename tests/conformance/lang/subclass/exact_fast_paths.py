# Where CPython checks the exact type: __iter__ and __str__ overrides of list/str subclasses are honoured.
class MyDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.count = len(self)
    def __repr__(self):
        return 'MyDict(' + super().__repr__() + ')'
m = MyDict([('a', 1)], b=2)
print(m, m.count, [k for k in m], list(m.items()), bool(MyDict()), str(m))
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack(); s.push(1); s.push(2)
print(s, s.peek(), s.pop(), s, bool(s), bool(Stack()), s.index(1), s.count(1))
class Seq(list):
    def __iter__(self):
        return iter([0, 0])
print(list(Seq([1, 2, 3])), len(Seq([1, 2, 3])), sum(Seq([5])))
class Up(str):
    def __str__(self): return self.upper()
u = Up('abc')
print(str(u), repr(u), f'{u}', u + 'd', '%s' % u)
class Money(float):
    def __repr__(self): return f'${float(self):.2f}'
print([Money(2.5)], Money(1) + 1, max(Money(3), 2))
class E(int):
    pass
print(sorted([E(3), 1, E(2)]), E(3) in [3], {E(1): 'x'}[1], range(E(3)), [1, 2, 3][E(1)])
print(isinstance(Stack(), Stack), issubclass(MyDict, dict), MyDict.__mro__[1] is dict)
