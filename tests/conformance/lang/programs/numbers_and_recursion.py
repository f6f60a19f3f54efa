# Integer arithmetic, big numbers and classic recursive algorithms.
import math
from functools import reduce


def hanoi(n, src='A', dst='C', via='B', moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([x] + rest)
    return result


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def to_base(n, base):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n < base:
        return digits[n]
    return to_base(n // base, base) + digits[n % base]


def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, ok in enumerate(sieve) if ok]


moves = hanoi(4)
print(len(moves), moves[:5])
print(permutations([1, 2, 3]))
print(gcd(1071, 462), math.gcd(1071, 462), math.lcm(4, 6), reduce(gcd, [48, 180, 600]))
print(to_base(255, 2), to_base(255, 16), to_base(123456789, 36), int('21i3v9', 36))
print(primes(60))
print(2 ** 100, 2 ** 100 % 97, pow(3, 200, 1000), pow(7, -1, 13))
big = math.factorial(30)
print(big, len(str(big)), big // 10 ** 20, divmod(big, 12345), -big // 7, -big % 7)
print(7 // 2, -7 // 2, 7 % -3, divmod(-7, 2), 2 ** -2, 10 / 4, 1e300 * 1e10, -(2 ** 63))
print(0b1010 | 0b0101, 0b1100 & 0b1010, 0b1100 ^ 0b1010, ~5, 1 << 70, (1 << 70) >> 68)
print((255).bit_length(), (10).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'), (-1).bit_length())
print(int('  -42  '), int('ff', 16), int('0o17', 0), float('1e3'), float('inf') > 10 ** 300, math.isqrt(10 ** 20 + 1))
print(sum(range(1, 101)), math.prod(range(1, 11)), math.comb(10, 3), math.perm(5, 2))
print(round(7 / 3, 3), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), abs(-3 + 4j), (3 + 4j).conjugate())
print(hex(2 ** 64), oct(-8), bin(5), f'{2 ** 64:x}', 12345678901234567890 * 98765432109876543210)


def collatz(n, steps=0):
    if n == 1:
        return steps
    return collatz(n // 2 if n % 2 == 0 else 3 * n + 1, steps + 1)


print(max(range(1, 30), key=collatz), collatz(27))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
try:
    depth(100000)
except RecursionError as e:
    print('RecursionError:', e)
