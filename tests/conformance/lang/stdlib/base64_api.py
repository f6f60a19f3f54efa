import base64
import binascii

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xfb\xff\xfe']
for s in samples[:7] + samples[8:]:
    print(base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b32hexencode(s), base64.b16encode(s))
    assert base64.b64decode(base64.b64encode(s)) == s and base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s and base64.b16decode(base64.b16encode(s)) == s
print(base64.encodebytes(bytes(range(100))))
print(base64.decodebytes(base64.encodebytes(bytes(range(100)))) == bytes(range(100)))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('-_8=', altchars='-_'), base64.b64decode(b'+/8='))
print(base64.standard_b64encode(b'hi'), base64.standard_b64decode('aGk='), base64.urlsafe_b64decode('-_8='))
print(base64.b64decode('aGVs\nbG8=\n'), base64.b64decode(bytearray(b'aGk=')), base64.b64decode('aGk=garbage'))
print(base64.b32decode('mzxw6===', casefold=True), base64.b32decode('MZXW6YQ=', map01=b'L'), base64.b16decode('ff00', casefold=True))
print(base64.b32decode('0O000000', map01='I') if False else base64.b32decode('ME======'))
for f, arg in [(base64.b64decode, 'abc'), (base64.b64decode, 'a'), (base64.b64decode, 'é'), (base64.b64decode, 5),
               (base64.b64encode, 'str'), (base64.b32decode, 'abc'), (base64.b32decode, 'MZXW6YQ'), (base64.b32decode, '1AAAAAAA'),
               (base64.b32decode, 'MZXW6Y=='), (base64.b16decode, 'fg'), (base64.b16decode, 'abc'), (base64.b16decode, 'AB C'),
               (base64.b16encode, 'x'), (base64.encodebytes, 'x'), (base64.urlsafe_b64decode, 'a')]:
    try:
        print(f(arg))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
for bad in ['=aGk=', 'aGk=a', 'aG=k', 'a#Gk=']:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print(repr(bad), 'Error', e)
print(base64.b64decode('a#G k=', validate=False), issubclass(binascii.Error, ValueError))
print(sorted(n for n in base64.__all__))
print(base64.MAXLINESIZE, base64.MAXBINSIZE)
print(base64.encode, base64.decode) if False else None
