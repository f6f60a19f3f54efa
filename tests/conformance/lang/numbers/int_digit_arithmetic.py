# +, -, *, &, |, ^ of ints of every size against CPython (small, one digit, several digits, huge).
import random
random.seed(5)
vals = [0, 1, -1, 2**30-1, 2**30, -2**30, 2**53-1, 2**53, -2**53, 2**60+7, -(2**61)+3, 2**90-1, -(2**95)+12345, 2**200+1, 3**80, -(7**70)]
for _ in range(200):
    bits = random.choice([31, 45, 53, 54, 62, 64, 90, 120, 300, 1300])
    v = random.getrandbits(bits)
    if random.random() < 0.5: v = -v
    vals.append(v)
h = 0
for a in vals:
    for b in vals:
        for r in (a + b, a - b, a * b, a & b, a | b, a ^ b):
            h = (h * 1000003 + r) % (2**127 - 1)
print(h)
state = 2024
for _ in range(100000):
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
print(state)
x = 0
for i in range(1, 2000):
    x = x * 6364136223846793005 + 1442695040888963407
    x &= 0xFFFFFFFFFFFFFFFF
print(x)
