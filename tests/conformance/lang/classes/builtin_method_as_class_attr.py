# Unbound methods of built-in types stored in a class bind to instances (as method descriptors).
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    __hash__ = object.__hash__
    __str__ = object.__repr__
    upper = str.upper
class S(str):
    shout = str.upper
    size = str.__len__
a = A(1)
print(hash(a) == object.__hash__(a), len({a, A(1)}), str(a).startswith("<__main__.A object"))
try:
    a.upper()
except TypeError as e:
    print("TypeError:", e)
s = S("hey")
print(s.shout(), s.size(), S.shout(s), callable(a.__hash__))
class L(list):
    push = list.append
l = L(); l.push(3); l.push(4); print(l)
