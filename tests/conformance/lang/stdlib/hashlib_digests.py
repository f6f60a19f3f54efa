# hashlib: md5, sha1, sha224, sha256, sha384 and sha512 digests across block boundaries,
# update/copy, new() by name, the errors for str and non-buffer data.
import hashlib
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    for data in [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 64, b'a' * 111, b'a' * 112, b'a' * 1000, bytes(range(256)) * 3]:
        print(name, len(data), getattr(hashlib, name)(data).hexdigest())
h = hashlib.sha256(); h.update(b'a'); h2 = h.copy(); h2.update(b'b')
print(h.hexdigest(), h2.hexdigest(), h.name, h.digest_size, h.block_size, h2.digest()[:4])
print(hashlib.new('SHA256', b'a').hexdigest()[:8], hashlib.new('sha1').name, hashlib.md5(string=b'x').hexdigest())
print(hashlib.sha256(b'a', usedforsecurity=False).hexdigest()[:8], hashlib.md5(bytearray(b'q')).hexdigest())
print(repr(hashlib.md5()).startswith('<md5 _hashlib.HASH object @ 0x'), type(hashlib.md5()).__name__, type(hashlib.md5()).__module__)
for bad in [lambda: hashlib.md5('x'), lambda: hashlib.md5(5), lambda: hashlib.new('nope'), lambda: hashlib.sha256().update('s')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print({'md5', 'sha1', 'sha256', 'sha512'} <= hashlib.algorithms_guaranteed)
print(hashlib.sha256('héllo wörld'.encode()).hexdigest())
