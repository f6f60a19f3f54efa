b = bytearray(b"hello world")
b[0] = 72; print(b)
b[-5:] = b"WORLD"; print(b)
b[0:5] = b"hi"; print(b)
b[::2] = b"xxxx"; print(b)
del b[0]; print(b)
del b[1:3]; print(b)
b[1:1] = bytearray(b"--"); print(b)
b[0:2] = [65, 66]; print(b)
try:
    b[0] = 256
except ValueError as e:
    print(e)
try:
    b[::2] = b"x"
except ValueError as e:
    print(e)
try:
    b[0:1] = "str"
except TypeError as e:
    print(e)
b += b"!"; b *= 2; print(b, len(b))
b.extend(range(65, 68)); b.insert(0, 33); b.reverse(); print(b, b.pop(), b.remove(65), b)
