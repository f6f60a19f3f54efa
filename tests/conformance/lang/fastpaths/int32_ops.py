# Operators on ints that fit in 32 bits (the int32 fast path) against their edges:
# signs of // and %, zero results, shifts past 31, and the two-digit neighbours.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 255, 256, -256, 2**30 - 1, -(2**30 - 1), 2**30, -(2**30),
        2**31 - 1, -(2**31), 2**31, -(2**31) - 1, 12345, -98765]
shifts = [0, 1, 5, 16, 29, 30, 31, 32, 33, 63, 64, 100]
out = []
for a in vals:
    for b in vals:
        row = [a + b, a - b, a & b, a | b, a ^ b]
        if b:
            row += [a // b, a % b, divmod(a, b)]
        out.append(row)
    for s in shifts:
        out.append([a >> s, a << s if s < 40 else 0])
print(len(out), hash(str(out)) == hash(str(out)))
for row in out[::37]:
    print(row)
print(sum(x for row in out for x in row if isinstance(x, int)))
x = 0
print(-x // 5, 0 % -5, -0 % 5, (-5) % 5, 5 % -5, -4 // 4, str(0 // -3), repr(-6 % 3))
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1 >> -1
except ValueError as e:
    print(e)
