# tracemalloc byte counts of everyday objects (medium ints are 32-byte blocks; str(int) is a new str).
import tracemalloc, sys
tracemalloc.start()
def m(label, f):
    base = tracemalloc.get_traced_memory()[0]
    x = f()
    print(label, tracemalloc.get_traced_memory()[0] - base, sys.getsizeof(x))
    return x
class P:
    def __init__(self, x): self.x = x
k = m("dict 8 str keys", lambda: {str(i): i for i in range(8)})
k = m("dict 5 str keys", lambda: {str(i): i for i in range(5)})
k = m("dict 8 literal keys", lambda: {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8})
k = m("list 10 None comp", lambda: [None for i in range(10)])
k = m("list 3 P", lambda: [P(i) for i in range(3)])
k = m("P", lambda: P(1))
k = m("list 3", lambda: [None for i in range(3)])
