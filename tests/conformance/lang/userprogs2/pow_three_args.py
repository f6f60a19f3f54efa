class A:
    def __pow__(self, o, m=None): return NotImplemented
class P:
    def __pow__(self, o, m=None): return ("P", o, m)
    def __rpow__(self, o): return "rpow"
for args in [(A(), 2, 3), (2, A(), 3), (2.0, A(), 3), (A(), 2.0, 3), (2, 3, 4.0), (2.0, 3, 4), (2, 3.0, 4), (1j, 2, 3), (2, 1j, 3), (2, 3, 1j), (P(), 2, 3), (2, P(), 3), (2, 3, P()), ("a", 2, 3), (2, 3, "a"), (2, -1, 7), (3, 4, -5), (2, 3, 0), (True, 2, 3), (2, 10**20, 10**9 + 7)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
