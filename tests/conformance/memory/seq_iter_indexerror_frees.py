# Iterating a class's __getitem__ sequence ends at its IndexError; the caught exception, its
# traceback and the frame (with self) are released, so the sequence dies with its iterator.
import sys

done = []


class Seq:
    def __len__(self):
        return 5

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i

    def __del__(self):
        done.append("freed")


print(list(iter(Seq())), done)
s = Seq()
print(list(s), sys.getrefcount(s))
print([x for x in s], sys.getrefcount(s))
print(list(reversed(s)), sys.getrefcount(s))
print(3 in s, sys.getrefcount(s))
del s
print(done)


class Stop(Seq):
    def __getitem__(self, i):
        if i >= 1:
            raise StopIteration
        return i


t = Stop()
print(list(t), sys.getrefcount(t))


class Bad(Seq):
    def __getitem__(self, i):
        raise KeyError(i)


b = Bad()
try:
    list(b)
except KeyError as e:
    print("KeyError", e)
print(sys.getrefcount(b))
