# sum() refuses a str, bytes or bytearray start value (subclasses too), empty iterable or not.
class B(bytes):
    pass


for args in [([b"a", b"c"], b""), ([bytearray(b"a")], bytearray(b"")), ([], ""), ([], b""),
             ([], bytearray()), (["a"], ""), ([], B(b"x")), ([[1], [2]], []), ([1, 2], 0.5)]:
    try:
        print(sum(*args))
    except TypeError as e:
        print("TypeError", e)
