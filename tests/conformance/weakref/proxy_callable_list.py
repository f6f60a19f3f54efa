import weakref


class Bag(list):
    pass


b = Bag([3, 1, 2])
p = weakref.proxy(b)
print(len(p), p[0], sorted(p), 2 in p)
p.append(9)
print(b)


def f(x):
    return x * 2


class Fn:
    def __call__(self, x):
        return x + 1


fn = Fn()
cp = weakref.proxy(fn)
print(cp(41), type(cp).__name__)
