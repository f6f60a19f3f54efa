import binascii

print(binascii.hexlify(b'\x00\xffab'), binascii.b2a_hex(bytearray(b'xyz')), binascii.hexlify(b'abcdef', '-'), binascii.hexlify(b'abcdef', b':', 2))
print(binascii.hexlify(b'abcdef', ' ', -4), binascii.unhexlify(b'00ff6162'), binascii.a2b_hex('DEADbeef'), binascii.unhexlify(bytearray(b'41')))
print(binascii.b2a_base64(b'hello'), binascii.b2a_base64(b'hello', newline=False), binascii.a2b_base64(b'aGVsbG8=\n'), binascii.a2b_base64('aGk='))
for data in [b'', b'a', b'hello world', bytes(range(256))]:
    print(binascii.crc32(data), binascii.crc32(data, 12345), binascii.crc32(data, 0xFFFFFFFF))
print(binascii.crc32(b'world', binascii.crc32(b'hello ')) == binascii.crc32(b'hello world'))
for call in [lambda: binascii.unhexlify('abc'), lambda: binascii.unhexlify('zz'), lambda: binascii.unhexlify('é0'),
             lambda: binascii.hexlify('str'), lambda: binascii.crc32('str'), lambda: binascii.b2a_base64('x'),
             lambda: binascii.a2b_base64('abc'), lambda: binascii.a2b_base64(b'=ab', strict_mode=True), lambda: binascii.unhexlify(5)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception), binascii.Error.__module__, binascii.Error.__name__)
