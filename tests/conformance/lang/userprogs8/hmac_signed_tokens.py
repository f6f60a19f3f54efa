# Signing API tokens with hmac, as a small web backend might.
import base64
import hashlib
import hmac
import json

SECRET = b"server-side-secret"

def sign(payload: dict) -> str:
    body = base64.urlsafe_b64encode(json.dumps(payload, sort_keys=True).encode()).rstrip(b"=")
    mac = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    return body.decode() + "." + mac

def verify(token: str):
    body, _, mac = token.partition(".")
    expected = hmac.new(SECRET, body.encode(), "sha256").hexdigest()
    if not hmac.compare_digest(mac, expected):
        raise ValueError("bad signature")
    padded = body + "=" * (-len(body) % 4)
    return json.loads(base64.urlsafe_b64decode(padded))

tok = sign({"user": "ann", "role": "admin", "exp": 1700000000})
print(tok)
print(verify(tok))
tampered = tok.replace("ann", "bob") if "ann" in tok else tok[:-1] + ("0" if tok[-1] != "0" else "1")
try:
    verify(tampered)
except ValueError as e:
    print("rejected:", e)

h = hmac.new(b"key", digestmod="sha1")
h.update(b"The quick brown fox ")
h2 = h.copy()
h.update(b"jumps over the lazy dog")
print(h.name, h.digest_size, h.block_size, h.hexdigest())
print(h2.hexdigest(), h2.digest()[:4])
print(hmac.digest(b"key", b"msg", "md5").hex(), hmac.new(b"key", b"msg", hashlib.md5).hexdigest())
print(hmac.new(b"k" * 200, b"long key", hashlib.sha512).hexdigest()[:32], hmac.new(bytearray(b"k"), b"m", "sha224").hexdigest())
print(hmac.new(b"", b"", hashlib.sha256).hexdigest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(b"a", bytearray(b"a")))
print(type(h).__name__, type(h).__module__, hmac.digest_size, hmac.trans_5C[:4], hmac.trans_36[-2:])
for bad in (lambda: hmac.new(b"k"), lambda: hmac.new("k", b"m", "sha1"), lambda: hmac.new(b"k", "m", "sha1"),
            lambda: hmac.new(b"k", b"m", "nope"), lambda: hmac.compare_digest("é", "é"), lambda: hmac.compare_digest("a", b"a"),
            lambda: h.update("text")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
verify(tok + "x")
