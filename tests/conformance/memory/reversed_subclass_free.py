# reversed() of a class over tuple, str or bytes uses the base's items; the sequence is freed
# as soon as the reverse iterator is exhausted (a class's IndexError included).
class T(tuple): pass
class S(str): pass
class B(bytes): pass
print(list(reversed(T((1, 2, 3)))), list(reversed(S("abc"))), list(reversed(B(b"ab"))), list(reversed(bytearray(b"xy"))))
class G(tuple):
    def __getitem__(self, i):
        return tuple.__getitem__(self, i) * 10
print(list(reversed(G((1, 2)))))
done = []
class A(tuple):
    def __del__(self):
        done.append(True)
it = reversed(A((1,)))
print(next(it))
try:
    next(it)
except StopIteration:
    print("stop", done)
done2 = []
class E(tuple):
    def __del__(self):
        done2.append(1)
it = reversed(E())
print(list(it), done2)
class L(list):
    def __del__(self):
        done2.append(2)
it = reversed(L([1, 2]))
print(list(it), done2, it.__length_hint__())
class Seq:
    def __len__(self): return 5
    def __getitem__(self, i):
        if i >= 2: raise IndexError(i)
        return i
    def __del__(self): done2.append(3)
it = reversed(Seq())
print(list(it), done2, it.__length_hint__())
