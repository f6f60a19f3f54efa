class D:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
    def __del__(self): print("del", self.v)
    def __repr__(self): return f"D({self.v})"
print(max(D(i) for i in [3, 1, 4, 1, 5]))
print(min([D(2), D(1), D(3)], key=lambda d: -d.v))
print(max(D(1), D(7), D(2)))
print(min([], default="empty"), max((), default=None))
try: min([])
except ValueError as e: print(e)
try: max(1, 2, default=3)
except TypeError as e: print(e)
try: max(1)
except TypeError as e: print(e)
try: max([1, "a"])
except TypeError as e: print(e)
try: min()
except TypeError as e: print(e)
try: min([1], foo=2)
except TypeError as e: print(e)
print(max("hello"), min(range(5), key=lambda x: (x - 2) ** 2), max([[1], [2]], key=len))
def g():
    yield 3
    raise KeyError("x")
try: max(g())
except KeyError as e: print("KeyError", e)
