import random, math, struct
random.seed(12345)
out = []
for i in range(3000):
    x = random.random() * 10 ** random.randint(-30, 30)
    y = struct.unpack("d", struct.pack("Q", random.getrandbits(64)))[0]
    for v in (x, -x, y):
        out.append(repr(v))
        out.append(str(v))
        out.append(f"{v:.6g}|{v:.3e}|{v:.2f}" if not math.isnan(v) and abs(v) < 1e300 else "-")
        out.append(repr(round(v, 3)) if math.isfinite(v) and abs(v) < 1e300 else "-")
print(len(out), hash("".join(out)) if False else sum(len(s) for s in out))
import hashlib
print(hashlib.sha256("\n".join(out).encode()).hexdigest())
for v in [0.1, 0.2, 0.3, 1/3, 2/3, 1e-320, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 123e-20, 1.5e300 * 1.5e10, 9007199254740993.0, 0.1 + 0.2 - 0.3]:
    print(repr(v), v.hex(), float.fromhex(v.hex()) == v if math.isfinite(v) else "", f"{v:.17g}", f"{v:r}" if False else "", math.frexp(v), v.as_integer_ratio() if math.isfinite(v) else "")
print([round(x / 8, 2) for x in range(-20, 21)])
print([round(2.5 + k, 0) for k in range(-5, 5)], [f"{k + 0.5:.0f}" for k in range(-5, 5)], [f"{k / 1000:.2f}" for k in range(-9, 10, 3)])
print(sum(random.random() for _ in range(1000)), math.fsum(random.random() for _ in range(1000)), math.prod(range(1, 21)), math.dist((0, 0), (3, 4)), math.hypot(1e200, 1e200))
print(int(1e308), float(2 ** 1023 * 2 - 1) if False else "", (2 ** 1024 - 1) / 2 ** 1000, 10 ** 30 / 7, 10 ** 30 // 7, (10 ** 400) / (10 ** 399), 2 ** 0.5 * 2 ** 0.5 == 2)
