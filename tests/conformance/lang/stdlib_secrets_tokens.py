# secrets: token sizes and alphabets, choices, bounds, compare_digest's rules.
import secrets
import string

for n in (None, 0, 1, 16):
    b, h, s = secrets.token_bytes(n), secrets.token_hex(n), secrets.token_urlsafe(n)
    print(type(b).__name__, len(b), len(h), all(c in string.hexdigits for c in h), len(s),
          all(c in string.ascii_letters + string.digits + "-_" for c in s))
print(secrets.DEFAULT_ENTROPY, secrets.__all__)
print(secrets.choice("abc") in "abc", secrets.choice([7]), 0 <= secrets.randbelow(10) < 10, secrets.randbelow(1))
print(0 <= secrets.randbits(8) < 256, secrets.randbits(0), isinstance(secrets.SystemRandom(), secrets.SystemRandom))
print(len({secrets.token_hex(8) for _ in range(50)}))
password = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(12))
print(len(password), password.isalnum())
for a, b in [("abc", "abc"), ("abc", "abd"), ("ab", "abc"), (b"x", b"x"), (b"x", bytearray(b"x")),
             (memoryview(b"ab"), b"ab"), ("é", "é"), ("a", b"a"), (b"a", "a"), (1, 2), (1, b"a")]:
    try:
        print(secrets.compare_digest(a, b))
    except TypeError as e:
        print("TypeError", e)
for bad in (lambda: secrets.randbelow(0), lambda: secrets.randbelow(-5), lambda: secrets.choice([]),
            lambda: secrets.token_bytes(-1)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
