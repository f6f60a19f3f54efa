import base64, binascii
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), "héllo wörld".encode()]:
    e = base64.b64encode(data)
    print(e[:40], base64.b64decode(e) == data, base64.urlsafe_b64encode(data)[:20], base64.b32encode(data)[:24], base64.b16encode(data)[:16])
    assert base64.b32decode(base64.b32encode(data)) == data and base64.b16decode(base64.b16encode(data)) == data
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data
    assert base64.b32hexdecode(base64.b32hexencode(data)) == data
print(base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVs\nbG8="), base64.b64decode("aGVsbG8"+"=="), base64.encodebytes(b"x" * 100))
print(base64.decodebytes(base64.encodebytes(bytes(100))) == bytes(100), base64.b32decode("mzxw6===", casefold=True), base64.b16decode("6f6b", casefold=True))
for bad in ["aGVsbG8", "a", "abc!", "=abc"]:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print("Error:", e)
for bad in ["aGVsbG8", "a"]:
    try:
        print(base64.b64decode(bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    base64.b64encode("str")
except TypeError as e:
    print("TypeError:", e)
try:
    base64.b32decode("MZXW6==")
except binascii.Error as e:
    print("Error:", e)
try:
    base64.b16decode("abc")
except binascii.Error as e:
    print("Error:", e)
token = base64.urlsafe_b64encode(b"\xfb\xff\xfe").decode()
print(token, base64.urlsafe_b64decode(token), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.crc32(b"hello world"), binascii.crc32(b"x", 5), binascii.b2a_base64(b"hi"), binascii.a2b_base64(b"aGk=\n"), binascii.hexlify(b"abc", "-"))
try:
    binascii.unhexlify("zz")
except binascii.Error as e:
    print("Error:", e, isinstance(e, ValueError))
