# int operators on values around the one- and two-digit (30/60-bit) and 2^53 edges, in
# place and not, with exact ints, bool and an int subclass; results and their types.
vals = [0, 1, -1, 7, -7, 2**29, 2**30 - 1, 2**30, -2**30, 2**31 - 1, -2**31, -2**31 - 1,
        2**52, 2**53 - 1, -2**53 + 1, 2**53, 2**53 + 1, -2**53, 2**60 - 1, -2**60, 2**62 + 5,
        1103515245, 10**15, 63, 64, 65]
rows = 0
digest = 0
for a in vals:
    for b in vals:
        r = [a + b, a - b, a * b, a & b, a | b, a ^ b, a < b, a <= b, a == b, a != b, a > b, a >= b]
        for f in (lambda: a // b, lambda: a % b, lambda: a >> b, lambda: a << b if b < 70 else 0,
                  lambda: divmod(a, b)):
            try:
                r.append(f())
            except (ZeroDivisionError, ValueError) as e:
                r.append(type(e).__name__)
        x = a
        x += b
        x -= 3
        x *= 5
        x //= 7
        r.append(x)
        r.append(-a)
        r.append(~a)
        rows += 1
        digest = (digest * 31 + hash(tuple(r))) % (2**61 - 1)
print(rows, digest)

# Exactly at the edges, printed.
print(2**53 - 1 + 1, 2**53 + 2**53, (2**53 - 1) * 3, -(2**53 - 1) - 2)
print((2**31 - 1) * 1103515245 + 12345, ((2**31 - 1) * 1103515245 + 12345) & 0x7FFFFFFF)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -(2**52) // 3, -(2**52) % 3, (2**53 - 1) // -5)
print(-1 >> 100, -(2**40) >> 3, 2**40 >> 64, 5 << 48, 5 << 49, -5 << 49, 1 << 52, 1 << 53)
print(-0, 0 * -5, -(0), ~0, ~-1, -(-2**30), -(2**30))

# bool and int subclasses keep their own operators.
class I(int):
    def __add__(self, other):
        return "I.__add__"
    def __rsub__(self, other):
        return "I.__rsub__"
    def __neg__(self):
        return "I.__neg__"
print(True + True, True - False, True + 2**40, -True, ~True, type(True + True).__name__)
print(I(3) + 1, 1 - I(3), 1 + I(3), -I(5), type(I(3) * 2).__name__)
x = I(4)
x -= 1
print(x, type(x).__name__)
print(str(12345), str(-2**52), str(2**53 + 1), str(True), str(I(7)))
