"""recursion: function-call-heavy code: naive Fibonacci, Takeuchi's tak and Ackermann's function.

Usage: recursion.py [N]  (fib(N), tak(3N/4, N/2, N/4) and ack(3, min(6, N/4)); N = 30 by
default; ack(3, 6) recurses about 500 frames deep, within the default recursion limit)
"""
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    print("fib", n, fib(n))
    x, y, z = (3 * n) // 4, n // 2, n // 4
    print("tak", x, y, z, tak(x, y, z))
    k = max(1, min(6, n // 4))
    print("ack", 3, k, ack(3, k))


main()
