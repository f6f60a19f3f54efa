# str.encode: ASCII text in the codecs where it is its own bytes, other text and codecs, errors.
print("abc".encode(), "".encode(), "abc".encode("ascii"), "abc".encode("latin-1", "bogus"), "héllo".encode(), "héllo".encode("latin-1"))
print("abc".encode(encoding="utf8"), "a\x7f".encode("UTF-8"), "x".encode("utf-16"), "x".encode("cp1252") if False else "")
for bad in [lambda: "é".encode("ascii"), lambda: "a".encode(1), lambda: "a".encode("utf-8", 1), lambda: "a".encode("nope")]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
