# int + and * on digits (operands up to 40 digits): products and sums of many sizes and signs,
# carries through every digit, int subclasses.
import random
r = random.Random(5)
vals = [0, 1, -1, 2**30 - 1, 2**30, -(2**30), 2**60 - 1, 2**53 + 1, -(2**59), 2**90 - 1, 3**200, -(3**150), 2**1199 - 1, -(2**1199), 2**1200, 10**300]
for _ in range(300):
    bits = r.randrange(1, 1300)
    v = r.getrandbits(bits)
    if r.random() < 0.3:
        v = (1 << bits) - 1
    if r.random() < 0.5:
        v = -v
    vals.append(v)
acc = 0
for i, a in enumerate(vals):
    for b in vals[i % 7::9]:
        p = a * b
        s = a + b
        d = a - b
        acc = (acc * 31 + hash(p) + hash(s) * 7 + hash(d) * 13) % (2**61 - 1)
        if i % 50 == 0:
            print(p % 1000003, s % 1000003, d % 1000003, p.bit_length(), type(p).__name__)
print(acc)
class I(int):
    pass
print(I(3**100) * I(3**99), I(2**70) + I(2**70), -I(2**70) + I(5), type(I(2**70) * 2).__name__)
