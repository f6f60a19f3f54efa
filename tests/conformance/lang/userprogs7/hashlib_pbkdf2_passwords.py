import hashlib, binascii
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 20).hex())
print(hashlib.pbkdf2_hmac('sha512', b'p' * 200, bytearray(b'salt'), 3, 100).hex())
print(hashlib.pbkdf2_hmac('SHA256', b'', b'', 1, 1).hex(), hashlib.pbkdf2_hmac('md5', memoryview(b'pw'), b's', 5).hex())
dk = hashlib.pbkdf2_hmac('sha256', b'correct horse', b'\x00' * 16, 100_000)
print(binascii.hexlify(dk), len(dk))
for a in [('nope', b'p', b's', 1), ('sha256', b'p', b's', 0), ('sha256', 'p', b's', 1), ('sha256', b'p', b's', 1, 0)]:
    try:
        hashlib.pbkdf2_hmac(*a)
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
