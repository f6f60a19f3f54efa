# Binary output through sys.stdout.buffer / sys.stderr.buffer interleaved with print, and
# binary input through sys.stdin.buffer (reverse-complement style).
import sys

print("text first")
n = sys.stdout.buffer.write(b"raw bytes \xc3\xa9t\xc3\xa9\n")
print("wrote", n)
sys.stdout.buffer.write(bytearray(b"from a bytearray\n"))
sys.stdout.flush()
sys.stdout.buffer.flush()
try:
    sys.stdout.buffer.write("not bytes")
except TypeError as e:
    print("TypeError:", e)
header = sys.stdin.buffer.readline()
print(header, type(header))
table = bytes.maketrans(b"ACGT", b"TGCA")
for line in sys.stdin.buffer:
    if line.startswith(b">"):
        print("header", line.strip())
        continue
    sys.stdout.buffer.write(line.rstrip(b"\n").translate(table)[::-1] + b"\n")
print(repr(sys.stdin.buffer.read()))
sys.stderr.buffer.write(b"to stderr\n")
