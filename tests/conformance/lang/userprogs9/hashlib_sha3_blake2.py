import hashlib
samples = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 3, b"a" * 135, b"a" * 136, b"a" * 137]
for name in ("sha3_224", "sha3_256", "sha3_384", "sha3_512"):
    for data in samples:
        h = hashlib.new(name, data)
        print(name, len(data), h.hexdigest(), h.digest_size, h.block_size)
for name in ("shake_128", "shake_256"):
    for data in samples:
        x = getattr(hashlib, name)(data)
        print(name, len(data), x.hexdigest(16), x.digest(200).hex()[-16:], x.digest_size, x.block_size)
h = hashlib.sha3_256()
for chunk in (b"hello ", b"world"):
    h.update(chunk)
c = h.copy()
c.update(b"!")
print(h.hexdigest() == hashlib.sha3_256(b"hello world").hexdigest(), c.hexdigest()[:16], h.name, type(h).__name__)
s = hashlib.shake_256(b"key")
try:
    s.hexdigest()
except TypeError as e:
    print("TypeError:", e)
print(type(s).__name__, s.copy().hexdigest(4), hashlib.sha3_512(b"x").digest()[:4])
print(hashlib.__all__)
for cls in (hashlib.blake2b, hashlib.blake2s):
    for data in samples:
        print(cls.__name__, len(data), cls(data).hexdigest(), cls(data, digest_size=16).hexdigest(),
              cls(data, key=b"secret", salt=b"salt", person=b"me").hexdigest()[:24])
    print(cls.MAX_DIGEST_SIZE, cls.MAX_KEY_SIZE, cls.SALT_SIZE, cls.PERSON_SIZE, cls().block_size, cls().name, type(cls()))
    for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b"k" * 65), dict(salt=b"s" * 17), dict(person=b"p" * 17)]:
        try:
            cls(b"", **kw)
        except ValueError as e:
            print("ValueError:", e)
b = hashlib.blake2b(digest_size=20)
b.update(b"part one,"); b2 = b.copy(); b.update(b" part two")
print(b.hexdigest(), b2.hexdigest(), hashlib.new("blake2s", b"x", digest_size=8).hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
try:
    hashlib.blake2b("text")
except TypeError as e:
    print("TypeError:", e)
