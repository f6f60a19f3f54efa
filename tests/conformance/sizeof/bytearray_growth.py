# bytearray growth by append, +=, extend and from iterables.
import sys
ba = bytearray()
out = []
for i in range(40):
    ba.append(i)
    out.append(sys.getsizeof(ba))
print(out)
ba = bytearray()
out = []
for i in range(20):
    ba += b"xyz"
    out.append(sys.getsizeof(ba))
print(out)
ba = bytearray(b"abc"); ba.extend(b"defgh"); print(sys.getsizeof(ba))
import sys
print(sys.getsizeof(bytearray([1]*20)), sys.getsizeof(bytearray((1,)*20)), sys.getsizeof(bytearray(range(20))), sys.getsizeof(bytearray(iter([1]*20))), sys.getsizeof(bytearray(x for x in range(3))))
