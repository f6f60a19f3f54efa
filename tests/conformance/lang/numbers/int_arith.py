a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a // b, -a % b, divmod(a, b), divmod(-a, b))
print(7 // -2, 7 % -2, -7 // -2, 2 ** -1, 0 ** 0, (-2) ** 3)
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2, -a >> 1)
print(abs(-5), int(-3.7), int(3.7), round(2.5), round(3.5), round(-2.5), round(7, -1))
try:
    1 // 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    5 % 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
