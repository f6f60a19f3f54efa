# A sequence pattern with `*_` reads the items after the star at len(subject) - k, never at
# a negative index; array.array and memoryview are sequences, str/bytes/bytearray are not.
import array
import collections.abc


class Seq(collections.abc.Sequence):
    def __getitem__(self, i):
        print("getitem", i)
        if not 0 <= i < 5:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return 5


match Seq():
    case [first, *_, before_last, last]:
        print(first, before_last, last)

match [1, 2, 3, 4, 5]:
    case [a, *_, b]:
        print(a, b)


def f(w):
    match w:
        case (x, y, z):
            return x, y, z
        case _:
            return type(w).__name__


for w in [array.array("b", b"abc"), memoryview(b"abc"), b"abc", bytearray(b"abc"), "abc", (1, 2, 3)]:
    print(f(w))
print(isinstance(array.array("i"), collections.abc.MutableSequence))
