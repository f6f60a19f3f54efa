# printf-style formatting of bytes and bytearray (%s/%b of bytes-like objects, %r/%a, %c, mapping keys).
print(b"%d-%s" % (5, b"x"), b"%5.2f|%-4d|%x|%c%c" % (3.14159, 7, 255, 65, b"B"), b"%(k)s=%(v)d" % {b"k": b"key", b"v": 3})
print(b"%r %a" % (b"q", "\xe9"), b"%s" % bytearray(b"ba"), bytearray(b"%d%%") % 50, b"%b" % b"bee", b"%.2s" % b"abcdef", b"%5s|%-5s|" % (b"r", b"l"))
class B:
    def __bytes__(self): return b"custom"
print(b"<%s>" % B(), b"%s" % (b"\xff\x00",), b"no args %%")
for bad in [lambda: b"%s" % "str", lambda: b"%c" % 256, lambda: b"%d" % b"x", lambda: b"%s %s" % (b"a",), lambda: "%b" % b"x"]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
