# Reads its standard input the ways scripts do: input() with a prompt, sys.stdin.readline,
# iteration over sys.stdin, read() of the rest, and EOF at the end.
import sys
from collections import Counter

title = input("title: ")
print(f"[{title}]")
count = int(sys.stdin.readline())
rows = []
for _ in range(count):
    name, qty, price = input().split(",")
    rows.append((name.strip(), int(qty), float(price)))
for name, qty, price in sorted(rows, key=lambda r: (-r[1] * r[2], r[0])):
    print(f"{name:<10}{qty:>4} x {price:>7.2f} = {qty * price:>9.2f}")
print(repr(sys.stdin.readline(5)), repr(sys.stdin.readline()))
words = Counter()
for lineno, line in enumerate(sys.stdin, 1):
    if not line.strip():
        break
    words.update(line.lower().split())
    print(lineno, len(line), line.endswith("\n"))
print(words.most_common(3))
rest = sys.stdin.read()
print(len(rest), rest.splitlines()[-1], repr(rest[-3:]))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
try:
    input("more? ")
except EOFError as e:
    print("\nEOFError:", e)
