import hmac, hashlib, secrets
key = b"secret-key"
msg = b"The quick brown fox"
h = hmac.new(key, msg, hashlib.sha256)
print(h.hexdigest(), h.name, h.digest_size, h.block_size)
h2 = hmac.new(key, digestmod="sha1")
h2.update(b"part1"); c = h2.copy(); h2.update(b"part2")
print(h2.hexdigest(), c.hexdigest(), len(h2.digest()))
print(hmac.new(b"k" * 200, b"m", "sha512").hexdigest()[:32], hmac.new(b"", b"", "md5").hexdigest())
print(hmac.digest(key, msg, "sha256") == h.digest(), hmac.compare_digest(h.hexdigest(), hmac.new(key, msg, "sha256").hexdigest()))
print(hmac.compare_digest(b"abc", bytearray(b"abc")), hmac.compare_digest("a", "b"), secrets.compare_digest(b"x", b"x"))
for args in [("a", b"a"), ("é", "é"), (1, 1), (b"a", 1)]:
    try:
        hmac.compare_digest(*args)
    except TypeError as e:
        print("TypeError:", e)
for bad in [lambda: hmac.new("str key", b"m", "sha256"), lambda: hmac.new(key, b"m"), lambda: hmac.new(key, b"m", "nope")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
def sign(payload: dict) -> str:
    body = "&".join(f"{k}={payload[k]}" for k in sorted(payload))
    return body + "&sig=" + hmac.new(key, body.encode(), hashlib.sha256).hexdigest()[:16]
def verify(token: str) -> bool:
    body, _, sig = token.rpartition("&sig=")
    return hmac.compare_digest(sig, hmac.new(key, body.encode(), hashlib.sha256).hexdigest()[:16])
t = sign({"user": "ann", "exp": 1700000000})
print(t, verify(t), verify(t.replace("ann", "bob")))
print(hmac.HMAC.blocksize, hmac.digest_size, type(h).__name__)
