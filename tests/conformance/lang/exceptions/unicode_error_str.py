for e in (UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "bad"), UnicodeDecodeError("ascii", b"abc\xff\xfe", 3, 5, "ordinal not in range(128)"),
          UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)"), UnicodeEncodeError("latin-1", "a\u20acb\U0001f600", 1, 4, "nope"),
          UnicodeEncodeError("x", "\u20ac", 0, 1, "r"), UnicodeEncodeError("x", "\U0001f600", 0, 1, "r")):
    print(str(e), repr(e))
try:
    b"\xffabc".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
