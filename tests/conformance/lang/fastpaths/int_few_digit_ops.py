# Products, sums and masks of ints of one to five digits (an LCG's arithmetic and its
# neighbours), both operand orders, both signs; digests and a few printed values.
vals = [0, 1, 5, 12345, 0x7FFFFFFF, 2**30 - 1, 2**30, 2**53 - 1, 2**53, 2**60 - 1, 2**60,
        2**89, 2**90 - 1, 2**90, 2**119, 2**120 - 1, 2**120, 2**150 + 3, 1103515245]
state = 1
for _ in range(60):
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**128
    vals.append(state >> (state % 100))
vals += [-v for v in vals[:30]]
h = 0
n = 0
for a in vals:
    for b in vals:
        h = (h * 1000003 + hash((a * b, a + b, b + a, a & b, b & a, a - b))) % (2**61 - 1)
        n += 1
print(n, h)
state = 2024
for _ in range(20000):
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
print(state)
print((2**53 - 1) * (2**53 - 1), -(2**53 - 1) * (2**40 + 7), (2**31 - 1) * 1103515245 + 12345)
print((2**120 - 1) + 1, 1 + (2**90 - 1), (2**60 - 1) + (2**30 - 1), 2**120 - 1 + 2**30 - 1)
print((2**121 + 2**40 + 5) & (2**53 - 1), (2**53 - 1) & (2**100 + 2**52 + 3), (2**61) & 0, -(2**61) & 255)
