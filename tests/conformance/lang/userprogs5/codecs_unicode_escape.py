import sys
print(b"a\\tb\\N{EM DASH}\\u00e9\\x41".decode("unicode_escape"))
print(b"a\\tb".decode("unicode-escape"), str(b"\\n", "unicode_escape") == "\n")
print("é\n\t—".encode("unicode_escape"), "é—".encode("raw_unicode_escape"))
print(bytes("x\ty", "unicode_escape"), bytearray(b"\\x41").decode("unicode_escape"))
print(bytearray("é", "latin-1"), bytearray(b"\xe9").decode("latin-1"), bytearray("é", "unicode_escape"))
print(b"\\xzz".decode("unicode_escape", "replace"))
for bad in [lambda: b"ab".decode("hex"), lambda: "ab".encode("rot13"), lambda: b"x".decode("nope"), lambda: "x".encode("nope-codec"), lambda: b"\\x4".decode("unicode_escape")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
import codecs
print(codecs.decode("uryyb", "rot13"), codecs.encode(b"hi", "hex"))
"\\q"
s = r"C:\new\table"
print(s.encode().decode("unicode_escape"))
