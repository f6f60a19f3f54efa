# PySequence_Fast takes an exact list or tuple as it is, and iterates anything else: a list
# subclass's own __iter__ runs for extend, +=, slice assignment and set.update.
class Reversed(list):
    def __iter__(self):
        print("  (Reversed.__iter__)")
        return iter(list.__getitem__(self, slice(None, None, -1)))


class WithRadd(list):
    def __radd__(self, other):
        return "radd wins"


r = Reversed([1, 2, 3])
x = [0]
x.extend(r)
print("extend:", x)
x += r
print("+=:", x)
y = [0, 0, 0]
y[0:3] = r
print("slice assignment:", y)
s = set()
s.update(r)
print("set.update:", sorted(s))
print("concatenation:", [0] + r)
print("tuple():", tuple(r), "list():", list(r))
z = [0]
z += WithRadd([5])
print("+= with __radd__:", z)
t = [9]
t += (1, 2)
print("+= tuple:", t)
try:
    t += 5
except TypeError as e:
    print("TypeError:", e)
